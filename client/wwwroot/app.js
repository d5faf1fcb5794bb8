"use strict";
// Shared page code: API calls, tabs, the banner and number formatting. An access token, when the server needs one,
// travels in the HttpOnly cookie the server set when the page was opened with ?token= (never in the address bar).

async function api(path, options) {
  const init = Object.assign({ headers: {}, credentials: "same-origin" }, options || {});
  if (init.json !== undefined) {
    init.method = init.method || "POST";
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(init.json);
    delete init.json;
  }
  const response = await fetch(path, init);
  let body = null;
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) body = await response.json();
  else body = await response.text();
  if (response.status === 401) showBanner("This server needs its access token: open the page with ?token=... as given by whoever started it.");
  return { status: response.status, ok: response.ok, body };
}

function showBanner(text) {
  const banner = document.getElementById("banner");
  banner.textContent = text;
  banner.hidden = !text;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

const fmt = {
  percent: v => v === null || v === undefined ? "n/a" : Math.round(v) + " %",
  points: v => v.toFixed(1) + " pts",
  minutes: v => Math.round(v).toLocaleString("en-US") + " min",
  money: v => v === null || v === undefined ? "unknown" : "$" + Math.round(v).toLocaleString("en-US"),
  number: v => (Math.round(v * 10) / 10).toLocaleString("en-US"),
};

function fileLinks(run) {
  const labels = {
    "scenario.resolved.json": "scenario file", "students.csv": "students.csv", "therapists.csv": "therapists.csv",
    "weeks.csv": "weeks.csv", "report.html": "report.html", "curve.csv": "curve.csv", "recommendation.json": "recommendation.json",
  };
  const holder = el("span", { class: "files" });
  for (const f of ["scenario.resolved.json", "students.csv", "curve.csv", "recommendation.json", "report.html"]) {
    if ((run.files || []).includes(f)) {
      const href = `/api/runs/${encodeURIComponent(run.id)}/files/${f}`;
      holder.append(f === "report.html"
        ? el("a", { href, target: "_blank", rel: "noopener" }, "open report")
        : el("a", { href, download: downloadName(run, f) }, labels[f]));
    } else if (f === "report.html" && run.status !== "running") {
      holder.append(el("span", { class: "muted", title: "This run's folder has no report.html" }, "report: not available"));
    }
  }
  return holder;
}

// The run's name in every download, as the server's Content-Disposition says too.
function downloadName(run, file) {
  return file === "scenario.resolved.json" ? `${run.id}-scenario.json` : `${run.id}-${file}`;
}

async function loadChartInto(holder, runId) {
  const r = await api(`/api/runs/${encodeURIComponent(runId)}/minutes-progress.svg`);
  holder.replaceChildren();
  if (r.ok) holder.innerHTML = r.body; // our own server's OxyPlot SVG; text in it is XML-escaped
}

const tabs = ["workshop", "explorer", "results"];
function showTab(name) {
  for (const t of tabs) {
    document.getElementById(t).hidden = t !== name;
    document.getElementById("tab-" + t).setAttribute("aria-selected", String(t === name));
  }
  if (name === "results" && window.refreshResults) window.refreshResults();
}
for (const t of tabs) document.getElementById("tab-" + t).addEventListener("click", () => showTab(t));

const INFO = api("/api/info").then(r => r.ok ? r.body : null);
