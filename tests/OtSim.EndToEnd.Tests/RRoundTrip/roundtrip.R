# Runs every model's r_code from analysis.json verbatim, at top level, each on a freshly read students.csv, and
# writes what R estimated. The contract is in docs/ANALYSIS.md ("r_code"); the C# side (RCodeRoundTrip) compares.
#
# Usage, in a folder holding students.csv and models/<k>.R (one file per r_code, in the order of models/index.tsv):
#   Rscript --vanilla roundtrip.R
# Output: results.tsv  (key <TAB> term <TAB> quantity <TAB> value), quantity in estimate, std_error, n, error.
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
    if (!exists("fit", envir = globalenv(), inherits = FALSE)) stop("the r_code defines no `fit`")
    TRUE
  }, error = function(e) {
    .rt$put(.rt$key, "", "error", conditionMessage(e))
    FALSE
  })
  if (!.rt$ok) next
  .rt$est <- if (inherits(fit, "merMod")) lme4::fixef(fit) else coef(fit)
  .rt$vcov <- if (exists("V", envir = globalenv(), inherits = FALSE)) V else vcov(fit)
  .rt$se <- sqrt(diag(as.matrix(.rt$vcov)))
  for (.term in names(.rt$est)) {
    .rt$put(.rt$key, .term, "estimate", unname(.rt$est[.term]))
    .rt$put(.rt$key, .term, "std_error", unname(.rt$se[.term]))
  }
  .rt$put(.rt$key, "", "n", nobs(fit))
}
close(.rt$out)
