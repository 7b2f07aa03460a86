" csp scripts are Go-shaped: open *.csp files with Vim's (and Neovim's) Go
" syntax, indentation and filetype plugins. Vim's own rule maps *.csp to the
" CSP process algebra (filetype csp); `set filetype` overrides it, where
" `setfiletype` would not.
" Install: copy this file to ~/.vim/ftdetect/ (Neovim: ~/.config/nvim/ftdetect/),
" or add editors/vim to 'runtimepath'.
autocmd BufRead,BufNewFile *.csp set filetype=go
