"use strict";
// Staffing explorer: the form (checked by the server with the scenario rules), runs, and side-by-side comparison.
(() => {
  const form = document.getElementById("staffing-form");
  const status = document.getElementById("staffing-status");
  const compared = [];
  const textFields = ["name", "policy"];

  window.readStaffingForm = () => readForm();
  window.showStaffingFormError = error => { clearErrors(); showError(error); };

  function readForm() {
    const data = {};
    for (const input of form.querySelectorAll("input[name], select[name]")) {
      if (input.closest("[hidden]")) continue;
      const raw = input.value.trim();
      if (textFields.includes(input.name)) data[input.name] = raw === "" ? null : raw;
      else data[input.name] = raw === "" ? null : Number(raw);
    }
    return data;
  }

  function clearErrors() {
    for (const p of form.querySelectorAll(".field-error")) { p.hidden = true; p.textContent = ""; }
    for (const i of form.querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
  }

  function showError(error) {
    const field = error.field || "form";
    const target = document.getElementById("err-" + field) || document.getElementById("err-form");
    target.textContent = error.message;
    target.hidden = false;
    const names = field === "severityMix" ? ["mild", "moderate", "severe"] : [field];
    for (const n of names) {
      const input = form.querySelector(`[name="${n}"]`);
      if (input) { input.setAttribute("aria-invalid", "true"); input.setAttribute("aria-describedby", target.id); }
    }
  }

  let pending = 0;
  async function validate() {
    const ticket = ++pending;
    const r = await api("/api/scenarios/validate", { json: { form: readForm() } });
    if (ticket !== pending) return r;
    clearErrors();
    if (r.status === 422 || r.status === 400) { showError(r.body); status.textContent = "Fix the field marked in the form."; }
    else if (r.ok) status.textContent = `${r.body.students.toLocaleString("en-US")} students; ready to run.`;
    return r;
  }

  let debounce = null;
  form.addEventListener("input", () => { clearTimeout(debounce); debounce = setTimeout(validate, 350); });
  form.querySelector("[name=policy]").addEventListener("change", e => {
    const needs = e.target.value === "needs-based";
    form.querySelector(".needs-minutes").hidden = !needs;
    form.querySelector(".flat-minutes").hidden = needs;
  });

  form.addEventListener("submit", async e => {
    e.preventDefault();
    showBanner("");
    clearErrors();
    const r = await api("/api/runs", { json: { form: readForm() } });
    if (r.status === 429) { showBanner(r.body.message); return; }
    if (!r.ok) { showError(r.body); status.textContent = "Fix the field marked in the form."; return; }
    status.textContent = `Running ${r.body.name}...`;
    const source = new EventSource(`/api/runs/${encodeURIComponent(r.body.id)}/events`);
    source.addEventListener("cell", ev => { const c = JSON.parse(ev.data); status.textContent = `Running: ${c.cellsDone} of ${c.cellsTotal} replications`; });
    source.addEventListener("failed", ev => { source.close(); status.textContent = JSON.parse(ev.data).message; });
    source.addEventListener("done", async () => {
      source.close();
      const detail = await api(`/api/runs/${encodeURIComponent(r.body.id)}`);
      compared.push(detail.body);
      status.textContent = `Done: ${detail.body.id}`;
      renderComparison();
    });
  });

  const first = run => run.results[0];
  const spread = run => (run.spread || [])[0];
  const range = (r, f) => r ? ` (${f(r.low)} to ${f(r.high)})` : "";
  const pct = v => Math.round(v) + " %";
  // Each row: label, text (also what the CSV holds), class. Inputs first, then results with their range across replications.
  const rows = [
    ["Policy", run => first(run).policy],
    ["Minutes per week", run => (run.scenario.minutesPerWeek || []).map(m => m.text).join(" | ")],
    ["Therapists x FTE", run => `${run.scenario.therapists} x ${run.scenario.fte}`],
    ["Salary per FTE", run => fmt.money(run.scenario.salaryPerFte)],
    ["Students", run => run.scenario.students.toLocaleString("en-US")],
    ["Severity mix (mild / moderate / severe)", run => run.scenario.severityMix ? `${run.scenario.severityMix.mild} / ${run.scenario.severityMix.moderate} / ${run.scenario.severityMix.severe}` : ""],
    ["Teachers' collaboration", run => String(run.scenario.collaboration)],
    ["Seed", run => String(run.scenario.seed)],
    ["Replications", run => String(run.scenario.replications)],
    ["Goals met (range across replications)", run => fmt.percent(first(run).goalsMetPercent) + range(spread(run) && spread(run).goalsMetPercent, pct), "goals-met"],
    ["Mean progress", run => fmt.points(first(run).meanProgress)],
    ["Minutes delivered per student", run => fmt.minutes(first(run).deliveredMinutesPerStudent)],
    ["Minutes prescribed per student", run => fmt.minutes(first(run).prescribedMinutesPerStudent)],
    ["Delivered / prescribed (range)", run => fmt.percent(first(run).compliancePercent) + range(spread(run) && spread(run).compliancePercent, pct), "compliance"],
    ["Caseload per FTE", run => fmt.number(first(run).caseloadPerFte)],
    ["Therapist time needed / available", run => fmt.percent(first(run).capacityUsedPercent)],
    ["Cost per year (salary x FTE)", run => fmt.money(first(run).annualCost)],
    ["Cost per goal met (range)", run => fmt.money(first(run).costPerGoalMet) + range(spread(run) && spread(run).costPerGoalMet, fmt.money), "cost-per-goal"],
  ];

  function renderComparison() {
    const table = document.getElementById("compare");
    table.replaceChildren();
    const head = el("tr", {}, el("th", {}, "Run"));
    compared.forEach((run, i) => {
      const remove = el("button", { type: "button", "aria-label": `Remove ${run.id}` }, "remove");
      remove.addEventListener("click", () => { compared.splice(i, 1); renderComparison(); });
      head.append(el("th", { dataset: { run: run.id } }, run.id, el("br"), remove));
    });
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (const [label, value, cls] of rows) {
      const tr = el("tr", {}, el("td", { class: "metric" }, label));
      for (const run of compared) tr.append(el("td", { class: cls || "", dataset: { run: run.id } }, value(run)));
      body.append(tr);
    }
    const downloads = el("tr", {}, el("td", { class: "metric" }, "Downloads"));
    for (const run of compared) downloads.append(el("td", { dataset: { run: run.id } }, fileLinks(run)));
    body.append(downloads);
    table.append(body);
    table.hidden = compared.length === 0;
    document.getElementById("compare-empty").hidden = compared.length > 0;
    document.getElementById("compare-csv").hidden = compared.length === 0;
    const wide = compared.filter(run => spread(run) && spread(run).wide).map(run => run.id);
    const advice = document.getElementById("compare-advice");
    advice.hidden = wide.length === 0;
    advice.textContent = wide.length === 0 ? "" :
      `Run ${wide.join(", ")} again with more replications before deciding: its replications disagree by more than 10 points of goals met, or there are fewer than 3 of them.`;
    const chart = document.getElementById("chart-compare");
    chart.hidden = compared.length === 0;
    drawBarChart(chart, compared.map(run => ({ label: run.id, value: first(run).goalsMetPercent, index: colorIndexForName(first(run).policy), text: fmt.percent(first(run).goalsMetPercent) })), "Students meeting their goal");
  }

  // The table as CSV: one row per figure, one column per run, as shown.
  function comparisonCsv() {
    const quote = v => /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    const lines = [["figure", ...compared.map(run => run.id)]];
    for (const [label, value] of rows) lines.push([label, ...compared.map(run => value(run))]);
    return lines.map(line => line.map(quote).join(",")).join("\r\n") + "\r\n";
  }

  document.getElementById("compare-csv").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([comparisonCsv()], { type: "text/csv" }));
    const link = el("a", { href: url, download: "otsim-compare.csv" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
})();
