#!/usr/bin/env node
'use strict';
/*
 * Accuracy of the target measurability classifier against hand labels.
 *
 *   npm run build:cli            # once, or after a change to src/engine/measurability
 *   node bench/measurability-eval.js [labels.tsv] [--json] [--all]
 *
 * Reads bench/measurability-labels.tsv (columns: source, label 1/0, text, reason; a reason ending in "?"
 * marks an item where careful readers may disagree), runs every text through `taskledger explain --json`
 * (one text per line on stdin), and prints precision / recall / F1 with "measurable" as the positive class
 * and with "not measurable" as the positive class, for the classifier and for two digit baselines
 * (measurable iff the text holds an Arabic digit; iff it holds an Arabic digit or a Chinese numeral), on
 * all items and on the items whose label is not marked "?". Then every disagreement with the classifier's
 * kinds and evidence. --json prints one summary JSON line last; --all also lists the agreements.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) || path.join(__dirname, 'measurability-labels.tsv');
const wantJson = args.includes('--json');
const listAll = args.includes('--all');

function readLabels(p) {
  const lines = fs.readFileSync(p, 'utf8').split(/\r?\n/u).filter((l) => l.trim() !== '');
  const header = lines.shift().split('\t');
  const col = (name) => header.indexOf(name);
  const [iSrc, iLab, iText, iWhy] = ['source', 'label', 'text', 'reason'].map(col);
  if (iLab < 0 || iText < 0) throw new Error(`${p}: need the columns label and text`);
  return lines.map((l, n) => {
    const f = l.split('\t');
    const label = f[iLab];
    if (label !== '1' && label !== '0') throw new Error(`${p}:${n + 2}: label must be 1 or 0`);
    const reason = iWhy >= 0 ? f[iWhy] || '' : '';
    return { line: n + 2, source: iSrc >= 0 ? f[iSrc] : '', label: label === '1', text: f[iText], reason, borderline: reason.endsWith('?') };
  });
}

function classify(texts) {
  const bin = path.join(ROOT, 'bin', 'taskledger.js');
  const r = spawnSync(process.execPath, [bin, 'explain', '--json'], { input: texts.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`taskledger explain failed (${r.status}): ${r.stderr}`);
  const out = r.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  if (out.length !== texts.length) throw new Error(`explain returned ${out.length} lines for ${texts.length} texts`);
  out.forEach((o, i) => {
    if (o.text !== texts[i]) throw new Error(`explain line ${i + 1} is for another text: ${o.text}`);
  });
  return out;
}

const ARABIC = /[0-9０-９]/u;
const ANY_NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿]/u;

function scores(rows, predict, positive) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const gold = r.label === positive;
    const pred = predict(r) === positive;
    if (gold && pred) tp++;
    else if (!gold && pred) fp++;
    else if (gold && !pred) fn++;
    else tn++;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const rc = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  return { n: rows.length, tp, fp, fn, tn, precision: p, recall: rc, f1, accuracy: (tp + tn) / rows.length };
}

function fmt(s) {
  const f = (x) => x.toFixed(3);
  return `n=${s.n}  P=${f(s.precision)}  R=${f(s.recall)}  F1=${f(s.f1)}  acc=${f(s.accuracy)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`;
}

function evidenceOf(o) {
  const ev = [];
  for (const it of o.items || []) for (const e of it.evidence || []) ev.push(`${e.kind}:“${e.text}”`);
  return ev;
}

function main() {
  const rows = readLabels(file);
  const out = classify(rows.map((r) => r.text));
  rows.forEach((r, i) => { r.out = out[i]; });
  const predictors = {
    classifier: (r) => r.out.measurable,
    'digit baseline (Arabic)': (r) => ARABIC.test(r.text),
    'digit baseline (Arabic or Chinese numeral)': (r) => ANY_NUMERAL.test(r.text),
  };
  const subsets = { all: rows, 'firm labels (no ?)': rows.filter((r) => !r.borderline) };
  const summary = {};
  for (const [sname, subset] of Object.entries(subsets)) {
    const pos = subset.filter((r) => r.label).length;
    console.log(`\n== ${sname}: ${subset.length} items, ${pos} labelled measurable, ${subset.length - pos} not`);
    for (const [pname, pred] of Object.entries(predictors)) {
      const m = scores(subset, pred, true);
      const u = scores(subset, pred, false);
      console.log(`${pname}\n  positive = measurable    ${fmt(m)}\n  positive = unmeasurable  ${fmt(u)}`);
      summary[`${sname}|${pname}`] = { measurable: m, unmeasurable: u };
    }
  }
  const sources = [...new Set(rows.map((r) => r.source))];
  if (sources.length > 1) {
    console.log('\n== classifier by source (positive = measurable)');
    for (const src of sources) console.log(`${src}\n  ${fmt(scores(rows.filter((r) => r.source === src), predictors.classifier, true))}`);
  }
  const wrong = rows.filter((r) => r.out.measurable !== r.label);
  console.log(`\n== disagreements: ${wrong.length}`);
  for (const kind of ['false positive (label 0, classifier measurable)', 'false negative (label 1, classifier not measurable)']) {
    const fpSide = kind.startsWith('false positive');
    const list = wrong.filter((r) => r.label !== fpSide);
    console.log(`\n-- ${kind}: ${list.length}`);
    for (const r of list) {
      const ev = evidenceOf(r.out);
      console.log(`[${r.line}] ${r.label ? 1 : 0} ${r.reason}  ${r.text}\n      kinds=${JSON.stringify(r.out.kinds)} reason=${r.out.reason || '-'} evidence=${ev.join(' ') || '-'}`);
    }
  }
  if (listAll) {
    console.log('\n== agreements');
    for (const r of rows.filter((x) => x.out.measurable === x.label)) {
      console.log(`[${r.line}] ${r.label ? 1 : 0} ${r.text}  ${evidenceOf(r.out).join(' ')}`);
    }
  }
  if (wantJson) {
    const pick = (k) => summary[k].measurable;
    console.log(JSON.stringify({
      n: rows.length,
      classifier: { p: pick('all|classifier').precision, r: pick('all|classifier').recall, f1: pick('all|classifier').f1 },
      baselineArabic: { f1: pick('all|digit baseline (Arabic)').f1 },
      baselineNumeral: { f1: pick('all|digit baseline (Arabic or Chinese numeral)').f1 },
      disagreements: wrong.map((r) => r.line),
    }));
  }
}

main();
