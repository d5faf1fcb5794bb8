# Regenerates the R fixtures (R is a test tool only). Run from this folder:
#   LC_ALL=C Rscript make_fixtures.R
set.seed(20261130)
n <- 60
d <- data.frame(
  minutes = round(runif(n, 0, 1200), 1),
  severity = round(rnorm(n, 50, 10), 2),
  site = sample(c("north", "East", "south"), n, replace = TRUE),
  classroom = paste0("c", sample(1:8, n, replace = TRUE))
)
d$progress <- round(2 + 0.004 * d$minutes - 0.05 * d$severity + ifelse(d$site == "north", 1.5, ifelse(d$site == "south", -1, 0)) + rnorm(n), 3)
# What R users export: write.csv keeps row names (an unnamed first column); write.csv2 uses ';' and decimal commas.
write.csv(d, "r_export.csv")
write.csv2(d, "r_export2.csv", row.names = FALSE)

fit <- lm(progress ~ minutes + severity + site, data = d)
cf <- summary(fit)$coefficients
ci <- confint(fit)
out <- data.frame(term = rownames(cf), estimate = cf[, 1], std_error = cf[, 2], p_value = cf[, 4], ci_low = ci[, 1], ci_high = ci[, 2])
write.csv(out, "lm_factor_coefficients.csv", row.names = FALSE)
writeLines(levels(factor(d$site)), "factor_levels_C_locale.txt")

one <- d
one$classroom <- "only"
msg <- tryCatch({ lme4::lmer(progress ~ minutes + (1 | classroom), data = one); "fitted" }, error = function(e) conditionMessage(e))
writeLines(msg, "lmer_single_level_error.txt")
writeLines(R.version.string, "r_version.txt")
