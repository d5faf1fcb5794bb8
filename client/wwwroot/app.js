"use strict";
// Shared page code: the access token, API calls, tabs, the busy banner and number formatting.

const TOKEN = (() => {
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) sessionStorage.setItem("otsim-token", fromUrl);
  return fromUrl || sessionStorage.getItem("otsim-token") || "";
})();

async function api(path, options) {
  const init = Object.assign({ headers: {} }, options || {});
  if (TOKEN) init.headers["X-OtSim-Token"] = TOKEN;
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

// For links and the live stream, which cannot send headers.
function withToken(path) {
  return TOKEN ? path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(TOKEN) : path;
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
    "weeks.csv": "weeks.csv", "report.html": "report.html",
  };
  const holder = el("span", { class: "files" });
  for (const f of ["scenario.resolved.json", "students.csv", "report.html"]) {
    if ((run.files || []).includes(f)) {
      const href = withToken(`/api/runs/${encodeURIComponent(run.id)}/files/${f}`);
      holder.append(f === "report.html"
        ? el("a", { href, target: "_blank", rel: "noopener" }, "open report")
        : el("a", { href, download: "" }, labels[f]));
    } else if (f === "report.html") {
      holder.append(el("span", { class: "muted", title: "This run's folder has no report.html" }, "report: not available"));
    }
  }
  return holder;
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
