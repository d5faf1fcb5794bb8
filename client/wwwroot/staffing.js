"use strict";
// The staffing answer: the least FTE that meets a target, with the share of simulated school years meeting it.
(() => {
  const form = document.getElementById("search-form");
  const status = document.getElementById("search-status");
  const error = document.getElementById("search-error");
  const pct = v => (Math.round(v * 1000) / 10) + " %";

  function showError(body) {
    const searchFields = ["metric", "targetPercent", "maxFte", "searchReplications"];
    if (searchFields.includes(body.field)) {
      error.textContent = body.message;
      error.hidden = false;
      const input = form.querySelector(`[name="${body.field}"]`);
      if (input) input.setAttribute("aria-invalid", "true");
    } else {
      // A field of the district form above: shown beside that field.
      window.showStaffingFormError(body);
      error.textContent = "Fix the field marked in the form above.";
      error.hidden = false;
    }
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    error.hidden = true;
    for (const i of form.querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
    const num = name => { const v = form.querySelector(`[name="${name}"]`).value.trim(); return v === "" ? null : Number(v); };
    const body = { form: window.readStaffingForm(), metric: form.querySelector("[name=metric]").value, targetPercent: num("targetPercent"), maxFte: num("maxFte"), searchReplications: num("searchReplications") };
    const r = await api("/api/staffing-searches", { json: body });
    if (!r.ok) { showError(r.body); status.textContent = ""; return; }
    document.getElementById("run-search").disabled = true;
    document.getElementById("search-answer").hidden = true;
    status.textContent = `Searching (${r.body.id})...`;
    const source = new EventSource(`/api/runs/${encodeURIComponent(r.body.id)}/events`);
    source.addEventListener("level", ev => {
      const l = JSON.parse(ev.data);
      status.textContent = `Tried ${l.totalFte} FTE (${l.therapists} of up to ${l.levelsTotal} levels): mean ${pct(l.mean)}, target met in ${l.meeting} school years`;
    });
    source.addEventListener("failed", ev => { source.close(); document.getElementById("run-search").disabled = false; status.textContent = JSON.parse(ev.data).message; });
    source.addEventListener("done", ev => {
      source.close();
      document.getElementById("run-search").disabled = false;
      const done = JSON.parse(ev.data);
      status.textContent = `Done: ${r.body.id}`;
      show(r.body.id, done.staffing, done.files);
    });
  });

  async function show(id, answer, files) {
    const r = answer.recommended;
    // Few school years per level give a wide interval: say so, rather than let one lucky streak decide a budget.
    const firm = !r || r.shareLow >= answer.confidence;
    document.getElementById("search-sentence").textContent = answer.sentence;
    const caveat = document.getElementById("search-caveat");
    caveat.hidden = firm;
    caveat.textContent = firm ? "" :
      `With ${answer.replications} school years per level the chance could be as low as ${pct(r.shareLow)}: run more school years per level for a firmer answer.`;
    const table = document.getElementById("search-levels");
    table.replaceChildren(el("thead", {}, el("tr", {}, ...["Total FTE", "Therapists", "Mean", "Lowest to highest", "School years meeting", "95% interval", "Cost per year"].map(h => el("th", {}, h)))));
    const body = el("tbody");
    for (const l of answer.levels) {
      const recommended = answer.recommended && answer.recommended.therapists === l.therapists;
      body.append(el("tr", { class: recommended ? "recommended" : "" },
        el("td", {}, String(l.totalFte)), el("td", {}, String(l.therapists)), el("td", {}, pct(l.mean)),
        el("td", {}, `${pct(l.min)} to ${pct(l.max)}`), el("td", {}, `${l.meeting} of ${l.values.length}`),
        el("td", {}, `${pct(l.shareLow)} to ${pct(l.shareHigh)}`), el("td", {}, fmt.money(l.annualCost))));
    }
    table.append(body);
    const links = document.getElementById("search-files");
    links.replaceChildren();
    for (const [file, label] of [["report.html", "open report"], ["curve.csv", "curve.csv"], ["recommendation.json", "recommendation.json"]]) {
      if (!files.includes(file)) continue;
      const href = `/api/runs/${encodeURIComponent(id)}/files/${file}`;
      links.append(file === "report.html" ? el("a", { href, target: "_blank", rel: "noopener" }, label) : el("a", { href, download: `${id}-${file}` }, label), " ");
    }
    const chart = document.getElementById("search-chart");
    const svg = await api(`/api/runs/${encodeURIComponent(id)}/staffing-curve.svg`);
    chart.replaceChildren();
    if (svg.ok) chart.innerHTML = svg.body; // our own server's OxyPlot SVG; text in it is XML-escaped
    document.getElementById("search-answer").hidden = false;
  }
})();
