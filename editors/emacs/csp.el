;;; csp.el --- open csp scripts (*.csp) as Go  -*- lexical-binding: t; -*-

;; csp scripts are Go-shaped, so *.csp files open in go-mode (the go-mode
;; package from MELPA) when it is installed, else in go-ts-mode (Emacs 29
;; with the Go tree-sitter grammar), else in c-mode, which still gets the
;; comments, strings and braces right.
;;
;; Install: put this file on your load-path and add (require 'csp) to your
;; init file, or just (load "/path/to/editors/emacs/csp.el").

;;; Code:

(declare-function go-mode "go-mode" ())
(declare-function go-ts-mode "go-ts-mode" ())
(declare-function treesit-language-available-p "treesit.c" (language &optional detail))

(defun csp-choose-mode ()
  "Turn on the best Go mode available for a csp script."
  (cond ((or (fboundp 'go-mode) (require 'go-mode nil t))
         (go-mode))
        ((and (fboundp 'go-ts-mode)
              (fboundp 'treesit-language-available-p)
              (treesit-language-available-p 'go))
         (go-ts-mode))
        (t (c-mode))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.csp\\'" . csp-choose-mode))

(provide 'csp)
;;; csp.el ends here
