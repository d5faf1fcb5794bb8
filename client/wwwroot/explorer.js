"use strict";
// Staffing explorer: the form (checked by the server with the scenario rules), runs, and side-by-side comparison.
(() => {
  const form = document.getElementById("staffing-form");
  const status = document.getElementById("staffing-status");
  const compared = [];
  const textFields = ["name", "policy"];

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
    if (r.status === 422 || r.status === 400) showError(r.body);
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
    const source = new EventSource(withToken(`/api/runs/${encodeURIComponent(r.body.id)}/events`));
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

  const rows = [
    ["Therapists x FTE", run => `${run.scenario.therapists} x ${run.scenario.fte}`],
    ["Students", run => run.scenario.students.toLocaleString("en-US")],
    ["Policy", run => run.results[0].policy],
    ["Teachers' collaboration", run => String(run.scenario.collaboration)],
    ["Goals met", run => fmt.percent(run.results[0].goalsMetPercent), "goals-met"],
    ["Mean progress", run => fmt.points(run.results[0].meanProgress)],
    ["Minutes delivered per student", run => fmt.minutes(run.results[0].deliveredMinutesPerStudent)],
    ["Minutes prescribed per student", run => fmt.minutes(run.results[0].prescribedMinutesPerStudent)],
    ["Delivered / prescribed", run => fmt.percent(run.results[0].compliancePercent)],
    ["Caseload per FTE", run => fmt.number(run.results[0].caseloadPerFte)],
    ["Therapist time needed / available", run => fmt.percent(run.results[0].capacityUsedPercent)],
    ["Cost per year (salary x FTE)", run => fmt.money(run.results[0].annualCost)],
    ["Cost per goal met", run => fmt.money(run.results[0].costPerGoalMet)],
    ["Downloads", run => fileLinks(run)],
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
    table.append(body);
    table.hidden = compared.length === 0;
    document.getElementById("compare-empty").hidden = compared.length > 0;
    const chart = document.getElementById("chart-compare");
    chart.hidden = compared.length === 0;
    drawBarChart(chart, compared.map((run, i) => ({ label: run.id, value: run.results[0].goalsMetPercent, index: i, text: fmt.percent(run.results[0].goalsMetPercent) })), "Students meeting their goal");
  }
})();
