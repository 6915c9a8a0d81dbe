/**
 * Pattern packs keep their examples beside each rule and each shared
 * template a language uses, where authors and the pack tests need them
 * (src/packs/FORMAT.md). The extension never reads them, so the build drops
 * every `examples` and `counterExamples` property from language files before
 * bundling: the content script ships rules, not test data.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const PACK_FILE = /[\\/]src[\\/]packs[\\/][a-z]{2}\.ts$/;
const DROPPED = new Set(['examples', 'counterExamples']);

/** The source of a pack file without its examples (exported for the test). */
export function stripPackExamples(source: string, fileName = 'pack.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const drop: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node | undefined => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && DROPPED.has(node.name.text)) return undefined;
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const { transformed } = ts.transform(file, [drop]);
  const printed = ts.createPrinter().printFile(transformed[0] as ts.SourceFile);
  return printed;
}

export function stripPackExamplesPlugin(): Plugin {
  return {
    name: 'second-look:strip-pack-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!PACK_FILE.test(id.split('?')[0] ?? id)) return null;
      return { code: stripPackExamples(code, id), map: null };
    },
  };
}
