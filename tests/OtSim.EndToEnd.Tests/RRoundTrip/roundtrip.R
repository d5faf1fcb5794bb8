# Runs every model's r_code from analysis.json verbatim, at top level, each on a freshly read students.csv, and
# writes what R estimated. The contract is in docs/ANALYSIS.md ("r_code"); the C# side (RCodeRoundTrip) compares.
#
# Usage, in a folder holding students.csv and models/<k>.R (one file per r_code, in the order of models/index.tsv):
#   Rscript --vanilla roundtrip.R
# Output: results.tsv  (key <TAB> term <TAB> quantity <TAB> value), quantity in estimate, std_error, n, error.
# The code leaves `coefs` (data frame: term, estimate, std_error) or `fit` (lm / lmer; SEs from `V` when defined,
# else vcov(fit); n = nobs(fit)).
.rt <- new.env()
.rt$index <- read.delim("models/index.tsv", header = FALSE, col.names = c("key", "file"),
                        colClasses = "character", quote = "")
.rt$out <- file("results.tsv", open = "w")
.rt$put <- function(key, term, quantity, value) {
  value <- if (is.numeric(value)) sprintf("%.17g", value) else gsub("[\t\r\n]+", " ", value)
  writeLines(paste(key, term, quantity, value, sep = "\t"), .rt$out)
}
for (.i in seq_len(nrow(.rt$index))) {
  rm(list = ls(globalenv()), envir = globalenv())        # every r_code starts from the same, documented state
  d <- read.csv("students.csv")
  .rt$key <- .rt$index$key[.i]
  cat("==== ", .rt$key, "\n", sep = "")
  .rt$ok <- tryCatch({
    source(.rt$index$file[.i], local = globalenv(), echo = TRUE, print.eval = TRUE, max.deparse.length = Inf)
    .rt$has <- function(name) exists(name, envir = globalenv(), inherits = FALSE)
    if (.rt$has("coefs")) {
      # A table of estimates the code computed itself (e.g. a paired contrast): columns term, estimate, std_error.
      if (!is.data.frame(coefs) || !all(c("term", "estimate", "std_error") %in% names(coefs)))
        stop("`coefs` must be a data frame with columns term, estimate, std_error")
      .rt$est <- setNames(coefs$estimate, coefs$term)
      .rt$se <- setNames(coefs$std_error, coefs$term)
    } else if (.rt$has("fit")) {
      .rt$est <- if (inherits(fit, "merMod")) lme4::fixef(fit) else coef(fit)
      .rt$se <- sqrt(diag(as.matrix(if (.rt$has("V")) V else vcov(fit))))
    } else {
      stop("the r_code defines neither `fit` nor `coefs`")
    }
    for (.term in names(.rt$est)) {
      .rt$put(.rt$key, .term, "estimate", unname(.rt$est[.term]))
      .rt$put(.rt$key, .term, "std_error", unname(.rt$se[.term]))
    }
    if (!.rt$has("coefs")) .rt$put(.rt$key, "", "n", nobs(fit))
    TRUE
  }, error = function(e) {
    .rt$put(.rt$key, "", "error", conditionMessage(e))
    FALSE
  })
}
close(.rt$out)
