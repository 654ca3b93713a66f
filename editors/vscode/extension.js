// The bote extension: highlighting comes from the grammars package.json
// contributes; this starts the language server, `bote lsp`, over stdio.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { documentSelector, readSettings, serverCommand } = require('./server');

let client;
let command; // the `bote` the running client started

function workspaceFolder() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length ? folders[0].uri.fsPath : undefined;
}

function newClient() {
  const config = vscode.workspace.getConfiguration('bote');
  const server = serverCommand(readSettings((name, fallback) => config.get(name, fallback)), workspaceFolder());
  command = server.command;
  const run = { command: server.command, args: server.args, transport: TransportKind.stdio };
  return new LanguageClient('bote', 'bote language server', { run, debug: run }, { documentSelector });
}

async function start() {
  client = newClient();
  try {
    await client.start();
  } catch (e) {
    const choice = await vscode.window.showErrorMessage(
      `bote: could not start \`${command} lsp\` (${e && e.message ? e.message : e}): ` +
      'put bote on PATH or set bote.server.path to the bote command (e.g. ${workspaceFolder}/.venv/bin/bote).',
      'Open Settings');
    if (choice === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', 'bote.server');
    }
  }
}

async function restart() {
  if (client) {
    await client.stop().catch(() => undefined);
  }
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('bote.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('bote.server')) {
        restart();
      }
    }),
  );
  await start();
}

async function deactivate() {
  if (client) {
    await client.stop().catch(() => undefined);
  }
}

module.exports = { activate, deactivate };
