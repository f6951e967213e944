;;; check.el --- Headless Emacs + eglot check of the Signpost language server over stdio  -*- lexical-binding: t -*-

;; What an Emacs user gets with eglot: `node dist/server.js --stdio' is started, a faulty stage 2
;; draft is opened, the diagnostics arrive, `M-x eglot-code-actions' on the wrong Ombudsman
;; signposting offers "Replace with the Stage 3 Review Panel paragraph", choosing it edits the
;; buffer, and that diagnostic goes away while the others stay.
;;
;; Run: SIGNPOST_SERVER=dist/server.js SIGNPOST_DRAFT=/tmp/x/draft.md \
;;        emacs --batch -q -l test/emacs/check.el
;; (-q, not -Q: Debian's site-start puts elpa-eglot on the load path.)  Exit code 0 = passed.
;; test/emacs/emacs.test.mjs runs it on a temp copy of a fixture letter.

(require 'cl-lib)
(require 'eglot)

(defvar signpost-server (or (getenv "SIGNPOST_SERVER") (error "SIGNPOST_SERVER not set")))
(defvar signpost-draft (or (getenv "SIGNPOST_DRAFT") (error "SIGNPOST_DRAFT not set")))
(defvar signpost-node (or (getenv "SIGNPOST_NODE") "node"))
(defvar signpost-timeout (/ (string-to-number (or (getenv "SIGNPOST_TIMEOUT_MS") "30000")) 1000.0))
(defconst signpost-target "signpost/ombudsman-instead-of-stage3")
(defconst signpost-fix-title "Replace with the Stage 3 Review Panel paragraph")

(defun signpost-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun signpost-fail (fmt &rest args)
  (message "not ok - %s" (apply #'format fmt args))
  (kill-emacs 1))

(defun signpost-diags ()
  "The LSP diagnostics eglot holds for the current buffer, as plists."
  (cl-loop for d in eglot--diagnostics
           collect (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))

(defun signpost-codes ()
  (sort (cl-loop for d in (signpost-diags)
                 collect (format "%s@%d" (plist-get d :code)
                                 (1+ (plist-get (plist-get (plist-get d :range) :start) :line))))
        #'string<))

(defun signpost-find (code)
  (cl-find-if (lambda (d) (equal (plist-get d :code) code)) (signpost-diags)))

(defun signpost-wait (predicate what)
  "Pump the event loop until PREDICATE holds, or fail after `signpost-timeout' seconds."
  (let ((deadline (+ (float-time) signpost-timeout)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (signpost-fail "%s: timed out; diagnostics: %s" what (signpost-codes)))
      (accept-process-output nil 0.05))))

(condition-case err
    (progn
      (setq eglot-autoshutdown nil
            eglot-sync-connect signpost-timeout
            eglot-connect-timeout signpost-timeout)
      ;; answered to the server's workspace/configuration request for section "signpost"
      (setq-default eglot-workspace-configuration '((:signpost . (:lintDelayMs 0))))
      (find-file signpost-draft)
      (text-mode)                       ; any major mode: eglot manages it, language id "markdown"
      (eglot '(text-mode) (cons 'transient (file-name-directory signpost-draft))
             'eglot-lsp-server (list signpost-node signpost-server "--stdio") "markdown")
      (unless (eglot-current-server) (signpost-fail "eglot did not connect"))

      ;; 1. the diagnostics arrive
      (let ((expected (list "law/next-stage-denied" signpost-target
                            "signpost/speaks-for-ombudsman" "signpost/missing-stage3-right")))
        (signpost-wait (lambda () (cl-every #'signpost-find expected)) "diagnostics"))
      (signpost-say "ok - diagnostics: %s" (mapconcat #'identity (signpost-codes) ", "))
      (let* ((diag (signpost-find signpost-target))
             (region (eglot--range-region (plist-get diag :range))))
        (unless (equal (plist-get diag :source) "signpost") (signpost-fail "source %S" (plist-get diag :source)))
        (unless (eql (plist-get diag :severity) 1) (signpost-fail "severity %S" (plist-get diag :severity)))
        (signpost-say "ok - flagged text: %s..." (substring (buffer-substring-no-properties (car region) (cdr region)) 0 40))

        ;; 2. the code actions at the squiggle, listed as M-x eglot-code-actions gets them
        (let* ((actions (eglot-code-actions (car region) (cdr region)))
               (titles (mapcar (lambda (a) (plist-get a :title)) actions))
               (fix (cl-find signpost-fix-title actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
          (signpost-say "ok - code actions: %s" (mapconcat #'identity titles " | "))
          (unless fix (signpost-fail "no %S action" signpost-fix-title))
          (unless (eq (plist-get fix :isPreferred) t) (signpost-fail "the fix is not preferred")))

        ;; 3. choose it, as a user does at the "Pick an action" prompt
        (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) signpost-fix-title))
                  (last-nonmenu-event 13))
          (eglot-code-actions (car region) (cdr region) nil t)))
      (let ((text (buffer-substring-no-properties (point-min) (point-max))))
        (when (string-search "must now contact the Local Government" text)
          (signpost-fail "the wrong signposting is still in the buffer"))
        (unless (string-search "Stage 3 Review Panel" text) (signpost-fail "no Stage 3 paragraph")))
      (signpost-say "ok - edit applied")
      ;; In --batch no idle timer runs, so send the change ourselves (eglot would after 0.5 s).
      (eglot--signal-textDocument/didChange)

      ;; 4. the diagnostic goes away; the others stay
      (signpost-wait (lambda () (and (not (signpost-find signpost-target)) (signpost-diags))) "fix")
      (unless (signpost-find "law/next-stage-denied") (signpost-fail "law/next-stage-denied went away too"))
      (signpost-say "ok - after the fix: %s" (mapconcat #'identity (signpost-codes) ", "))
      (set-buffer-modified-p nil)
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (signpost-say "emacs: passed")
      (kill-emacs 0))
  (error (signpost-fail "%s" (error-message-string err))))
