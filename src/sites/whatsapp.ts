/**
 * WhatsApp Web (web.whatsapp.com). The open chat is `#main`; each message
 * has a `data-id` that starts `true_` (sent by the teen) or `false_`, then the
 * chat's id, then the message id: a stable key and the thread id in one. The
 * sender and time are in `data-pre-plain-text` ("[10:54, 22/11/2026] Rafi: ").
 * The URL never changes between chats, so the thread comes from the DOM.
 * The bubble's own `.message-in` / `.message-out` class decides the side
 * when present (the data-id prefix is the fallback). A chat id ending in
 * `@g.us` is a group, `@c.us` / `@lid` a person.
 *
 * WhatsApp names a saved contact by the name the teen saved, and anyone
 * else by their phone number: a one-to-one chat whose header title is a
 * phone number is with someone not in the teen's contacts (the words of the
 * "not a contact" banner are localised, the number is not).
 *
 * Sources: shared/REFERENCE.md section 1 (WhatsApp row, data-id format,
 * data-pre-plain-text); issue 11's survey for preferring the classes;
 * etneuhct/whatsapp-js main.js (a sender shows "as displayed by WA: the
 * number if the user is not saved on the phone, or the name as saved");
 * Diannnnnnnnn/Crawling-Scrapping-No-Whatsapp script.js (unsaved chats found
 * by `span[title*="+"]` number titles in the chat list).
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, readText } from './dom';

export const WHATSAPP_ROW = '#main div[data-id]';
export const WHATSAPP_TEXT = 'span.selectable-text.copyable-text';
export const WHATSAPP_META = '.copyable-text[data-pre-plain-text]';
/** Quoted replies, link previews and reactions: never the message's own words. */
export const WHATSAPP_NOT_TEXT = '[aria-label="Quoted message"], .quoted-mention, button, [role=button]';
export const WHATSAPP_CHAT_TITLE = '#main header span[title]';
export const WHATSAPP_COMPOSER = '#main footer div[contenteditable=true][role=textbox], footer div[contenteditable=true][data-tab="10"]';
const PRE_PLAIN = /^\[[^\]]*\]\s*(.*?):\s*$/;
/** A phone number as WhatsApp shows an unsaved one: "+62 812-9999-0000" (at least 7 digits, nothing else but separators). */
const PHONE_NUMBER = /^\+?[\d\s().\u2011-]{7,}$/;
const isPhoneNumber = (text: string): boolean => PHONE_NUMBER.test(text) && text.replace(/\D/g, '').length >= 7;

/** `false_<chat>_<message>[_<participant>]` → `<chat>`. */
function chatOf(dataId: string): string | null {
  const parts = dataId.split('_');
  return parts.length >= 3 && parts[1] ? parts[1] : null;
}

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  isMessagingPage: () => true,
  threadId(doc) {
    const firstMessage = doc.querySelector(WHATSAPP_ROW)?.getAttribute('data-id');
    return (firstMessage && chatOf(firstMessage)) || labelText(doc.querySelector(WHATSAPP_CHAT_TITLE)) || null;
  },
  rowSelector: WHATSAPP_ROW,
  readRow(row, { maxChars }) {
    const dataId = row.getAttribute('data-id') ?? '';
    const inClass = row.matches('.message-in') || !!row.querySelector('.message-in');
    const outClass = row.matches('.message-out') || !!row.querySelector('.message-out');
    const byClass = inClass !== outClass;
    const incoming = byClass ? inClass : dataId.startsWith('false_');
    const outgoing = byClass ? outClass : dataId.startsWith('true_');
    if (incoming === outgoing) return null; // system lines carry neither mark
    const textElement = Array.from(row.querySelectorAll(WHATSAPP_TEXT)).find((el) => !el.closest(WHATSAPP_NOT_TEXT));
    const text = readText(textElement, maxChars, WHATSAPP_NOT_TEXT);
    if (!text) return null;
    const sender = PRE_PLAIN.exec(row.querySelector(WHATSAPP_META)?.getAttribute('data-pre-plain-text') ?? '')?.[1];
    return { key: dataId, text, incoming, ...(incoming && sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(WHATSAPP_COMPOSER),
  threadContext(doc): ThreadContext {
    const chat = chatOf(doc.querySelector(WHATSAPP_ROW)?.getAttribute('data-id') ?? '');
    if (!chat) return {};
    if (chat.endsWith('@g.us')) return { group: true };
    if (!chat.endsWith('@c.us') && !chat.endsWith('@lid')) return {};
    // A number where a saved name would be: not in the teen's contacts. A name says nothing (a business shows its own).
    const title = doc.querySelector(WHATSAPP_CHAT_TITLE);
    const shown = (title?.getAttribute('title') || labelText(title)).trim();
    return isPhoneNumber(shown) ? { group: false, knownContact: false } : { group: false };
  },
};
