# Regenerates the R reference fixtures for OtSim.Statistics.Tests.
#
# Run from this folder:   Rscript make-fixtures.R
# Tested with R 4.2.2, lme4 1.1-31, sandwich 3.0-2, lmtest 0.9-40, lmerTest 3.1-3 (Debian bookworm:
#   apt-get install -y r-base-core r-cran-lme4 r-cran-sandwich r-cran-lmtest r-cran-lmertest).
#
# Outputs (all CSV, numbers printed with 17 significant digits):
#   sleepstudy.csv         lme4::sleepstudy
#   cars.csv               datasets::cars
#   synthetic-nested.csv   classrooms nested in schools (seeded)
#   synthetic-crossed.csv  students crossed by therapist and school (seeded)
#   synthetic-boundary.csv one grouping factor whose REML variance estimate is 0 (seeded)
#   r-reference.csv        long format: model,term,quantity,value
#   otsim-students.csv     copy of tests/fixtures-shared/otsim-students.csv (required; see its README.md)
suppressPackageStartupMessages({
  library(lme4)
  library(sandwich)
  library(lmtest)
  library(lmerTest, exclude = "lmer")   # Satterthwaite df via lmerTest::lmer only where asked
})

out <- list()
put <- function(model, term, quantity, value) {
  out[[length(out) + 1L]] <<- data.frame(model = model, term = term, quantity = quantity,
                                         value = sprintf("%.17g", as.numeric(value)))
}
fmt_write <- function(df, file) {
  df[] <- lapply(df, function(col) if (is.numeric(col)) sprintf("%.17g", col) else col)
  write.csv(df, file, row.names = FALSE, quote = FALSE)
}

put_lm <- function(model, fit) {
  s <- summary(fit)
  cf <- coef(s)
  ci <- confint(fit)
  for (t in rownames(cf)) {
    put(model, t, "column_index", match(t, rownames(cf)) - 1)
    put(model, t, "estimate", cf[t, 1]); put(model, t, "std_error", cf[t, 2])
    put(model, t, "statistic", cf[t, 3]); put(model, t, "p_value", cf[t, 4])
    put(model, t, "ci_low", ci[t, 1]); put(model, t, "ci_high", ci[t, 2])
  }
  put(model, "", "r_squared", s$r.squared)
  put(model, "", "adj_r_squared", s$adj.r.squared)
  put(model, "", "sigma", s$sigma)
  put(model, "", "f_statistic", s$fstatistic[1])
  put(model, "", "f_df1", s$fstatistic[2])
  put(model, "", "f_df2", s$fstatistic[3])
  put(model, "", "f_p_value", pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE))
  put(model, "", "n", nobs(fit))
  put(model, "", "df_residual", df.residual(fit))
  put(model, "", "residual_1", resid(fit)[1]); put(model, "", "fitted_1", fitted(fit)[1])
}

# CR1 (Stata-style): sandwich::vcovCL(type = "HC1", cadjust = TRUE) = G/(G-1) * (N-1)/(N-K).
# Inference: t with G-1 df (OtSim default) and t with N-K df (lmtest::coeftest default).
put_cr1 <- function(model, fit, cluster) {
  V <- vcovCL(fit, cluster = cluster, type = "HC1", cadjust = TRUE)
  G <- length(unique(cluster))
  # Hand-computed check of the same matrix (guards against sandwich default changes).
  X <- model.matrix(fit); e <- resid(fit); n <- nrow(X); k <- ncol(X)
  bread <- solve(crossprod(X))
  meat <- crossprod(rowsum(X * e, cluster))
  Vh <- G / (G - 1) * (n - 1) / (n - k) * bread %*% meat %*% bread
  stopifnot(max(abs(V - Vh) / abs(Vh)) < 1e-10)
  ctG <- coeftest(fit, vcov. = V, df = G - 1)
  ciG <- coefci(fit, vcov. = V, df = G - 1)
  ctR <- coeftest(fit, vcov. = V)
  ciR <- coefci(fit, vcov. = V)
  for (t in rownames(ctG)) {
    put(model, t, "estimate", ctG[t, 1]); put(model, t, "std_error", ctG[t, 2])
    put(model, t, "statistic", ctG[t, 3]); put(model, t, "p_value", ctG[t, 4])
    put(model, t, "ci_low", ciG[t, 1]); put(model, t, "ci_high", ciG[t, 2])
    put(model, t, "p_value_resid_df", ctR[t, 4])
    put(model, t, "ci_low_resid_df", ciR[t, 1]); put(model, t, "ci_high_resid_df", ciR[t, 2])
  }
  put(model, "", "clusters", G)
}

put_lmer <- function(model, fit) {
  stopifnot(isREML(fit))
  fe <- fixef(fit)
  se <- sqrt(diag(as.matrix(vcov(fit))))
  wald <- confint(fit, method = "Wald", parm = "beta_")   # lme4's Wald interval (normal quantiles)
  for (t in names(fe)) {
    put(model, t, "column_index", match(t, names(fe)) - 1)
    put(model, t, "estimate", fe[t]); put(model, t, "std_error", se[t])
    put(model, t, "ci_low", wald[t, 1]); put(model, t, "ci_high", wald[t, 2])
    put(model, t, "p_value", 2 * pnorm(-abs(fe[t] / se[t])))   # Wald z; lme4 prints none
  }
  vc <- as.data.frame(VarCorr(fit))
  for (i in seq_len(nrow(vc))) put(model, vc$grp[i], "variance", vc$vcov[i])
  put(model, "", "reml_loglik", as.numeric(logLik(fit, REML = TRUE)))
  put(model, "", "reml_criterion", REMLcrit(fit))
  put(model, "", "n", nobs(fit))
  for (g in names(ngrps(fit))) put(model, g, "groups", ngrps(fit)[[g]])
  put(model, "", "singular", as.numeric(isSingular(fit)))
  if (!isSingular(fit)) {
    # Satterthwaite df and p as summary(lmerTest::lmer(...)) reports them (same fit, refitted by lmerTest).
    lt <- lmerTest::lmer(formula(fit), data = model.frame(fit), REML = TRUE)
    ct <- coef(summary(lt))
    for (t in rownames(ct)) {
      put(model, t, "df_satterthwaite", ct[t, "df"]); put(model, t, "p_satterthwaite", ct[t, "Pr(>|t|)"])
    }
  }
}

# ---- (a) NIST Longley: certified values live in longley-certified.csv; R check only.
longley_nist <- read.csv("longley.csv")
put_lm("longley", lm(y ~ x1 + x2 + x3 + x4 + x5 + x6, data = longley_nist))

# ---- (b) sleepstudy
data(sleepstudy, package = "lme4")
fmt_write(data.frame(Reaction = sleepstudy$Reaction, Days = sleepstudy$Days,
                     Subject = as.character(sleepstudy$Subject)), "sleepstudy.csv")
put_lmer("sleepstudy_ri", lmer(Reaction ~ Days + (1 | Subject), data = sleepstudy, REML = TRUE))

# ---- (c) synthetic nested data: 60 classrooms in 12 schools, 5-15 students each
set.seed(20240611)
n_school <- 12; n_class <- 60
class_school <- rep(seq_len(n_school), each = n_class / n_school)
class_size <- sample(5:15, n_class, replace = TRUE)
school_eff <- rnorm(n_school, 0, 3)
class_eff <- rnorm(n_class, 0, 2)
class_collab <- round(runif(n_class), 3)
rows <- lapply(seq_len(n_class), function(c) {
  m <- class_size[c]
  direct <- round(runif(m, 60, 600))
  severity <- round(rnorm(m), 3)
  baseline <- round(rnorm(m, 50, 10), 2)
  collab <- class_collab[c]
  progress <- 5 + 0.012 * direct - 2 * severity + 0.25 * baseline + 3 * collab +
    0.01 * direct * collab + school_eff[class_school[c]] + class_eff[c] + rnorm(m, 0, 5)
  data.frame(progress = round(progress, 4), delivered_direct_minutes = direct,
             severity = severity, baseline = baseline, collaboration = collab,
             classroom_id = sprintf("c%02d", c), school_id = sprintf("s%02d", class_school[c]))
})
syn <- do.call(rbind, rows)
fmt_write(syn, "synthetic-nested.csv")

f_main <- progress ~ delivered_direct_minutes + severity + baseline + collaboration
f_int <- progress ~ delivered_direct_minutes + severity + baseline + collaboration +
  delivered_direct_minutes:collaboration
ols_main <- lm(f_main, data = syn)
ols_int <- lm(f_int, data = syn)
stopifnot("delivered_direct_minutes:collaboration" %in% names(coef(ols_int)))
put_lm("syn_ols_main", ols_main)
put_lm("syn_ols_int", ols_int)
put_lm("syn_ols_noint", lm(progress ~ 0 + delivered_direct_minutes + baseline, data = syn))
put_lm("syn_ols_star", lm(progress ~ collaboration * delivered_direct_minutes + severity, data = syn))
put_cr1("syn_cr1_school", ols_int, syn$school_id)
put_cr1("syn_cr1_class", ols_main, syn$classroom_id)
put_lmer("syn_lmer_class", lmer(update(f_int, . ~ . + (1 | classroom_id)), data = syn, REML = TRUE))
put_lmer("syn_lmer_nested", lmer(update(f_int, . ~ . + (1 | school_id) + (1 | classroom_id)),
                                 data = syn, REML = TRUE))

# correlations (minutes rounded to 10 to create ties for Spearman)
x <- syn$delivered_direct_minutes; y <- syn$progress
ct <- cor.test(x, y, method = "pearson")
put("pearson", "", "estimate", ct$estimate); put("pearson", "", "statistic", ct$statistic)
put("pearson", "", "p_value", ct$p.value); put("pearson", "", "ci_low", ct$conf.int[1])
put("pearson", "", "ci_high", ct$conf.int[2]); put("pearson", "", "df", ct$parameter)
xr <- round(x, -1); yr <- round(y)
cs <- suppressWarnings(cor.test(xr, yr, method = "spearman", exact = FALSE))
rho <- unname(cs$estimate); n <- length(xr)
# R's non-exact Spearman p-value: t = rho*sqrt((n-2)/(1-rho^2)) on n-2 df (stats:::pspearman).
stopifnot(abs(cs$p.value - 2 * pt(abs(rho) * sqrt((n - 2) / (1 - rho^2)), n - 2, lower.tail = FALSE)) < 1e-12)
put("spearman", "", "estimate", rho); put("spearman", "", "statistic_S", cs$statistic)
put("spearman", "", "p_value", cs$p.value)
zf <- atanh(rho); sef <- sqrt(1.06 / (n - 3))   # Fieller, Hartley & Pearson (1957)
put("spearman", "", "ci_low", tanh(zf - qnorm(0.975) * sef))
put("spearman", "", "ci_high", tanh(zf + qnorm(0.975) * sef))

# mean difference: high vs low collaboration classrooms
a <- syn$progress[syn$collaboration >= 0.5]; b <- syn$progress[syn$collaboration < 0.5]
tt <- t.test(a, b)
put("welch", "", "estimate", mean(a) - mean(b)); put("welch", "", "statistic", tt$statistic)
put("welch", "", "df", tt$parameter); put("welch", "", "p_value", tt$p.value)
put("welch", "", "ci_low", tt$conf.int[1]); put("welch", "", "ci_high", tt$conf.int[2])
put("welch", "", "std_error", tt$stderr)
n1 <- length(a); n2 <- length(b); dfp <- n1 + n2 - 2
sp <- sqrt(((n1 - 1) * var(a) + (n2 - 1) * var(b)) / dfp)
d <- (mean(a) - mean(b)) / sp
J <- exp(lgamma(dfp / 2) - log(sqrt(dfp / 2)) - lgamma((dfp - 1) / 2))   # exact Hedges (1981) J
g <- J * d
seg <- sqrt((n1 + n2) / (n1 * n2) + g^2 / (2 * (n1 + n2)))
put("hedges", "", "cohens_d", d); put("hedges", "", "j", J); put("hedges", "", "estimate", g)
put("hedges", "", "std_error", seg)
put("hedges", "", "ci_low", g - qnorm(0.975) * seg); put("hedges", "", "ci_high", g + qnorm(0.975) * seg)

# one-sample mean CI
tm <- t.test(syn$progress)
put("mean_ci", "", "estimate", tm$estimate); put("mean_ci", "", "ci_low", tm$conf.int[1])
put("mean_ci", "", "ci_high", tm$conf.int[2]); put("mean_ci", "", "std_error", tm$stderr)
put("mean_ci", "", "sd", sd(syn$progress))

# ---- crossed random intercepts: therapist x school
set.seed(99)
n_cr <- 900
cr_th <- sample(sprintf("t%02d", 1:25), n_cr, replace = TRUE)
cr_sc <- sample(sprintf("s%02d", 1:18), n_cr, replace = TRUE)
th_eff <- setNames(rnorm(25, 0, 2.5), sprintf("t%02d", 1:25))
sc_eff <- setNames(rnorm(18, 0, 1.5), sprintf("s%02d", 1:18))
cr_x <- round(runif(n_cr, 0, 10), 3)
cr_y <- round(20 + 1.5 * cr_x + th_eff[cr_th] + sc_eff[cr_sc] + rnorm(n_cr, 0, 4), 4)
crossed <- data.frame(y = cr_y, x = cr_x, therapist_id = cr_th, school_id = cr_sc)
fmt_write(crossed, "synthetic-crossed.csv")
put_lmer("crossed", lmer(y ~ x + (1 | therapist_id) + (1 | school_id), data = crossed, REML = TRUE))

# ---- boundary: no true group effect; first seed whose REML fit is singular
seed <- 1L
repeat {
  set.seed(seed)
  bd <- data.frame(x = round(rnorm(120), 3), g = sprintf("g%02d", rep(1:20, each = 6)))
  bd$y <- round(1 + 0.5 * bd$x + rnorm(120), 4)
  fb <- lmer(y ~ x + (1 | g), data = bd, REML = TRUE)
  if (isSingular(fb)) break
  seed <- seed + 1L
}
# two factors, one at the boundary: add a real crossed effect h (8 levels) to the same data
set.seed(7)
bd$h <- sprintf("h%d", sample(1:8, 120, replace = TRUE))
bd$y2 <- round(bd$y + c(h1 = -1, h2 = 0.5, h3 = 1.2, h4 = -0.4, h5 = 0, h6 = 0.8, h7 = -1.5, h8 = 0.3)[bd$h], 4)
fmt_write(bd[, c("y", "y2", "x", "g", "h")], "synthetic-boundary.csv")
put_lmer("boundary", fb)
put_lmer("boundary2", lmer(y2 ~ x + (1 | g) + (1 | h), data = bd, REML = TRUE))

# ---- lowess
lc <- lowess(cars$speed, cars$dist)
fmt_write(cars, "cars.csv")
for (i in seq_along(lc$y)) put("lowess_cars", sprintf("%d", i), "y", lc$y[i])
# Large enough (3,000 points, delta = 0: 3,000 local fits) that the C# port fits in parallel; every 100th value.
il <- 0:2999
xl <- ((il * 7919) %% 3001) / 10
ll <- lowess(xl, sin(xl / 10) + ((il * 104729) %% 1009) / 1009 - 0.5, delta = 0)
for (k in seq(1, 3000, by = 100)) put("lowess_large", sprintf("%d", k), "y", ll$y[k])
ls2 <- lowess(syn$baseline, syn$progress, f = 0.3, iter = 2)
for (i in seq_along(ls2$y)) put("lowess_syn", sprintf("%d", i), "y", ls2$y[i])
for (i in seq_along(ls2$x)) put("lowess_syn", sprintf("%d", i), "x", ls2$x[i])

# ---- (d) simulator output (tests/fixtures-shared/otsim-students.csv; its README says how it is produced)
shared <- file.path("..", "..", "fixtures-shared", "otsim-students.csv")
if (!file.exists(shared)) stop("missing ", shared, ": produce it as tests/fixtures-shared/README.md says")
invisible(file.copy(shared, "otsim-students.csv", overwrite = TRUE))
{
  st <- read.csv("otsim-students.csv")
  put_lm("students_total", lm(progress ~ delivered_total_minutes, data = st))
  # Mean-response (confidence) intervals of the same fit, as OlsResult.MeanInterval computes them.
  pr <- predict(lm(progress ~ delivered_total_minutes, data = st),
                data.frame(delivered_total_minutes = c(300, 900)), interval = "confidence")
  for (i in 1:2) {
    x <- sprintf("%d", c(300L, 900L)[i])
    put("students_predict", x, "fit", pr[i, "fit"]); put("students_predict", x, "lwr", pr[i, "lwr"])
    put("students_predict", x, "upr", pr[i, "upr"])
  }
  # Default delta = 0.01 * diff(range(x)) matters here (continuous minutes): differs from delta = 0 by ~2e-3.
  lws <- lowess(st$delivered_total_minutes, st$progress)
  for (i in seq_along(lws$y)) put("lowess_students", sprintf("%d", i), "y", lws$y[i])
  put_lm("students_modes", lm(progress ~ delivered_direct_minutes + delivered_integrated_minutes +
                                delivered_consult_minutes + severity + baseline + collaboration, data = st))
  put_lmer("students_lmer", lmer(progress ~ delivered_total_minutes * collaboration + severity + baseline +
                                   (1 | classroom_id), data = st, REML = TRUE))
  # The analysis pipeline's models (analysis/OtSim.Analysis/Pipeline), in the exact formulas analysis.json reports.
  # One replication, so the replication x classroom cluster is classroom_id (ids are unique across schools).
  put_lm("pipeline_direct", lm(progress ~ delivered_direct_minutes, data = st))
  put_lm("pipeline_integrated", lm(progress ~ delivered_integrated_minutes, data = st))
  put_lm("pipeline_consult", lm(progress ~ delivered_consult_minutes, data = st))
  adj <- lm(progress ~ delivered_direct_minutes + delivered_integrated_minutes + delivered_consult_minutes +
              severity + baseline + collaboration + delivered_total_minutes:collaboration, data = st)
  put_cr1("pipeline_adjusted_cr1", adj, st$classroom_id)
  put_lmer("pipeline_mixed", lmer(progress ~ delivered_total_minutes * collaboration + severity + baseline +
                                    (1 | school_id) + (1 | classroom_id), data = st, REML = TRUE))
  for (p in unique(st$policy)) {
    put_lm(paste0("pipeline_total_", p), lm(progress ~ delivered_total_minutes, data = st, subset = policy == p))
  }
  for (m in c("pearson", "spearman")) {
    ct <- suppressWarnings(cor.test(st$delivered_total_minutes, st$progress, method = m, exact = FALSE))
    put(paste0("pipeline_", m), "", "estimate", ct$estimate); put(paste0("pipeline_", m), "", "p_value", ct$p.value)
  }
}

ref <- do.call(rbind, out)
write.csv(ref, "r-reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(ref), "reference values\n")

