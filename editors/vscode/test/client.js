#!/usr/bin/env node
// Activate the extension outside VS Code, with `vscode` and the language
// client replaced by recorders, and print what it asked for: the server it
// would start, the documents it would send, the commands it registers and
// the messages it shows.
//
//   node test/client.js '{"settings": {"server.path": "..."}, "folder": "/w", "startFails": false}'
//
// tests/test_vscode_grammar.py runs this; a test that runs `bote lsp` itself
// belongs to the language server's tests.
'use strict';

const Module = require('module');
const path = require('path');

const scenario = JSON.parse(process.argv[2] || '{}');
const seen = { clients: [], commands: [], messages: [], settingsRead: [] };

const vscode = {
  workspace: {
    workspaceFolders: scenario.folder ? [{ uri: { fsPath: scenario.folder } }] : undefined,
    getConfiguration(section) {
      return {
        get(name, fallback) {
          seen.settingsRead.push(`${section}.${name}`);
          const settings = scenario.settings || {};
          return name in settings ? settings[name] : fallback;
        },
      };
    },
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  window: {
    showErrorMessage: async (message) => {
      seen.messages.push(message);
      return undefined;
    },
  },
  commands: {
    registerCommand: (name) => {
      seen.commands.push(name);
      return { dispose() {} };
    },
    executeCommand: async () => undefined,
  },
};

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    seen.clients.push({ id, name, serverOptions, clientOptions });
  }

  async start() {
    if (scenario.startFails) {
      throw new Error('spawn bote ENOENT');
    }
  }

  async stop() {}
}

const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return languageclient;
  return load.call(this, request, parent, isMain);
};

const extension = require(path.resolve(__dirname, '..', 'extension.js'));
extension.activate({ subscriptions: [] }).then(() => {
  process.stdout.write(JSON.stringify(seen));
}).catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
