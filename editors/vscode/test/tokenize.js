#!/usr/bin/env node
// Tokenize texts with the extension's grammars, the way VS Code does
// (vscode-textmate on the Oniguruma WebAssembly build VS Code ships).
//
//   node test/tokenize.js < sources.json > tokens.json
//
// Input: a JSON list of {"id", "text", "scope"}; scope is "source.bote" for a
// .bote file or "text.html.markdown" for a Markdown doc (VS Code's Markdown
// grammar, from the tm-grammars package, with the extension's ```bote
// injection). Output: {id: [[line, start, end, [scopes...]], ...]}, lines and
// columns from 0, one entry per token, the scopes outermost first.
// tests/test_vscode_grammar.py runs this and checks the tokens.
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const here = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));

// The grammars the extension contributes, by scope name, as package.json declares them.
const files = {};
const injections = {};
for (const g of manifest.contributes.grammars) {
  files[g.scopeName] = path.join(here, g.path);
  for (const host of g.injectTo || []) {
    (injections[host] = injections[host] || []).push(g.scopeName);
  }
}
files['text.html.markdown'] = require.resolve('tm-grammars/grammars/markdown.json');

async function main() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    // Languages the Markdown grammar embeds other than bote are left out, as
    // in a VS Code without their extensions.
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => injections[scopeName],
  });
  const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = {};
  for (const { id, text, scope } of sources) {
    const grammar = await registry.loadGrammar(scope);
    if (!grammar) throw new Error(`no grammar for ${scope}`);
    let stack = vsctm.INITIAL;
    const tokens = [];
    text.split(/\r?\n/).forEach((line, n) => {
      const result = grammar.tokenizeLine(line, stack);
      for (const t of result.tokens) {
        tokens.push([n, t.startIndex, Math.min(t.endIndex, line.length), t.scopes]);
      }
      stack = result.ruleStack;
    });
    out[id] = tokens;
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
