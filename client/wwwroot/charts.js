"use strict";
// Small SVG charts drawn in the page (line and bar) in the Okabe-Ito palette of the server's charts and report.html.
const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"];
const DASHES = ["", "16 8", "5 7", "18 6 5 6", "3 9", "10 5 3 5 3 5", "", "8 8"];
const SVG_NS = "http://www.w3.org/2000/svg";

// A policy's colour follows its name, as in analysis/OtSim.Analysis/Charts/Palette.cs (IndexForName, ForNames):
// the shipped names are fixed, other names are hashed (FNV-1a); within one chart a taken colour moves to the next.
const NAMED_COLORS = [["blanket", 0], ["needs-based", 1], ["collaborative", 2], ["three-to-one", 3], ["consult", 4], ["per-student", 5]];
function colorIndexForName(name) {
  const lower = name.toLowerCase();
  for (const [prefix, index] of NAMED_COLORS) if (lower.startsWith(prefix)) return index;
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
  return hash % OKABE_ITO.length;
}
// names in the chart's (scenario's) order -> { name: index into the palette }
function colorIndexes(names) {
  const taken = new Set(), result = {};
  for (const name of names) {
    if (name in result) continue;
    let index = colorIndexForName(name);
    for (let step = 0; step < OKABE_ITO.length && taken.has(index); step++) index = (index + 1) % OKABE_ITO.length;
    taken.add(index);
    result[name] = index;
  }
  return result;
}
function policyColor(i) { return OKABE_ITO[i % OKABE_ITO.length]; }
function policyDash(i) { return DASHES[i % DASHES.length]; }

// Width of texts in the chart's own units; estimated when the chart is not displayed (then nothing can be measured).
function textWidth(svg, texts, attrs) {
  let widest = 0;
  for (const t of texts) {
    const node = svgEl("text", Object.assign({ x: 0, y: -100, visibility: "hidden" }, attrs), t);
    svg.append(node);
    const measured = node.getComputedTextLength ? node.getComputedTextLength() : 0;
    node.remove();
    widest = Math.max(widest, measured > 0 ? measured : t.length * attrs["font-size"] * 0.7);
  }
  return widest;
}

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function niceTicks(min, max, count) {
  const span = max - min || 1;
  const raw = span / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map(m => m * mag).find(s => s >= raw) || raw;
  const ticks = [];
  for (let t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return ticks;
}

// series: [{ name, index, points: [[x, y]] }]; options: { xMax, yMin, yMax, xLabel, yUnit, reference: { y, label } }
function drawLineChart(svg, series, options) {
  svg.replaceChildren();
  // The right margin fits the longest direct label, so no label is ever cut at the chart's edge.
  const labelFont = { "font-size": 24, "font-weight": "bold" };
  const W = 800, H = 400, left = 78, top = 14, bottom = 62;
  const right = Math.max(60, Math.ceil(textWidth(svg, series.map(s => s.name), labelFont)) + 34 + 12);
  const pw = W - left - right, ph = H - top - bottom;
  const x = v => left + (v - 1) / Math.max(1, options.xMax - 1) * pw;
  const y = v => top + ph - (v - options.yMin) / (options.yMax - options.yMin) * ph;
  for (const t of niceTicks(options.yMin, options.yMax, 5)) {
    svg.append(svgEl("line", { x1: left, x2: left + pw, y1: y(t), y2: y(t), stroke: "#bbb", "stroke-width": 1.5 }));
    svg.append(svgEl("text", { x: left - 10, y: y(t) + 8, "text-anchor": "end", "font-size": 24 }, t + (options.yUnit || "")));
  }
  for (const t of niceTicks(1, options.xMax, 6).filter(t => t >= 1)) {
    svg.append(svgEl("text", { x: x(t), y: top + ph + 30, "text-anchor": "middle", "font-size": 24 }, String(t)));
  }
  svg.append(svgEl("text", { x: left + pw / 2, y: H - 6, "text-anchor": "middle", "font-size": 24, "font-weight": "bold" }, options.xLabel));
  svg.append(svgEl("line", { x1: left, x2: left + pw, y1: top + ph, y2: top + ph, stroke: "#000", "stroke-width": 2 }));
  svg.append(svgEl("line", { x1: left, x2: left, y1: top, y2: top + ph, stroke: "#000", "stroke-width": 2 }));
  if (options.reference) {
    const ry = y(options.reference.y);
    svg.append(svgEl("line", { x1: left, x2: left + pw, y1: ry, y2: ry, stroke: "#000", "stroke-width": 2, "stroke-dasharray": "3 6" }));
    svg.append(svgEl("text", { x: left + 8, y: ry - 10, "font-size": 22, "font-weight": "bold" }, options.reference.label));
  }
  const labels = [];
  for (const s of series) {
    if (s.points.length === 0) continue;
    const d = s.points.map(([px, py], i) => (i ? "L" : "M") + x(px).toFixed(1) + " " + y(py).toFixed(1)).join(" ");
    svg.append(svgEl("path", {
      d, fill: "none", stroke: policyColor(s.index), "stroke-width": 6, "stroke-dasharray": policyDash(s.index),
      "stroke-linejoin": "round", "stroke-linecap": policyDash(s.index) ? "butt" : "round", "data-policy": s.name,
    }));
    const [lx, ly] = s.points[s.points.length - 1];
    svg.append(svgEl("circle", { cx: x(lx), cy: y(ly), r: 8, fill: policyColor(s.index), stroke: "#000", "stroke-width": 2 }));
    labels.push({ name: s.name, index: s.index, y: y(ly), at: y(ly), x: x(lx) });
  }
  // Direct labels just right of the line ends (which move with the weeks), pushed apart so that they never overlap.
  labels.sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i].y = Math.max(labels[i].y, labels[i - 1].y + 28);
  for (const l of labels) {
    const tx = l.x + 34;
    svg.append(svgEl("line", { x1: l.x + 9, x2: tx - 4, y1: l.at, y2: l.y, stroke: policyColor(l.index), "stroke-width": 4 }));
    svg.append(svgEl("text", Object.assign({ x: tx, y: l.y + 8, fill: "#000", class: "line-label" }, labelFont), l.name));
  }
}

// bars: [{ label, value, index, text }]; values in 0..100.
function drawBarChart(svg, bars, title) {
  svg.replaceChildren();
  const W = 800, right = 90, top = 44, barH = 44, gap = 14;
  const H = top + bars.length * (barH + gap) + 10;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  // The left margin fits the longest bar label (run ids), so their starts are never cut.
  const left = Math.min(W - right - 200, Math.ceil(textWidth(svg, bars.map(b => b.label), { "font-size": 24 })) + 24);
  svg.append(svgEl("text", { x: 0, y: 30, "font-size": 26, "font-weight": "bold" }, title));
  const pw = W - left - right;
  bars.forEach((b, i) => {
    const yTop = top + i * (barH + gap);
    svg.append(svgEl("text", { x: left - 12, y: yTop + barH / 2 + 9, "text-anchor": "end", "font-size": 24 }, b.label));
    svg.append(svgEl("rect", { x: left, y: yTop, width: Math.max(2, pw * b.value / 100), height: barH, fill: policyColor(b.index), stroke: "#000", "stroke-width": 2 }));
    svg.append(svgEl("text", { x: left + pw * b.value / 100 + 10, y: yTop + barH / 2 + 9, "font-size": 24, "font-weight": "bold" }, b.text));
  });
}
