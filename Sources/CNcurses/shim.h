// CNcurses — the shim between Swift 6 and ncursesw.
// A systemLibrary target takes no cSettings, so the wide-character switches are defined here,
// before <curses.h>. Macros and C globals (stdscr, LINES, COLS, A_BOLD, COLOR_PAIR, KEY_F(n), ...)
// do not import into Swift 6; they are wrapped below in static inline functions.
#ifndef GONGKAI_CNCURSES_SHIM_H
#define GONGKAI_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// --- globals ---------------------------------------------------------------------------------
static inline FILE *gk_stdout(void) { return stdout; }
static inline FILE *gk_stdin(void) { return stdin; }
static inline WINDOW *gk_stdscr(void) { return stdscr; }
static inline int gk_lines(void) { return LINES; }
static inline int gk_cols(void) { return COLS; }
static inline int gk_colors(void) { return COLORS; }
static inline int gk_color_pairs(void) { return COLOR_PAIRS; }

// --- attributes ------------------------------------------------------------------------------
static inline attr_t gk_a_normal(void) { return A_NORMAL; }
static inline attr_t gk_a_bold(void) { return A_BOLD; }
static inline attr_t gk_a_reverse(void) { return A_REVERSE; }
static inline attr_t gk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gk_a_dim(void) { return A_DIM; }

// --- keys ------------------------------------------------------------------------------------
static inline int gk_key_f(int n) { return KEY_F(n); }
static inline int gk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int gk_ok(void) { return OK; }
static inline int gk_err(void) { return ERR; }

// --- mouse (config `mouse = true`) --------------------------------------------------------------
/// Button-1 press and the wheel (buttons 4 and 5), with click resolution off so a press is
/// reported at once. Returns whether the terminal supports the mouse at all.
static inline int gk_mouse_on(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}
static inline void gk_mouse_off(void) { mousemask(0, NULL); }
static inline int gk_key_mouse(void) { return KEY_MOUSE; }
/// Reads the pending mouse event: 1 button-1 press, 2 wheel up, 3 wheel down, 0 anything else.
static inline int gk_get_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x; *y = e.y;
    if (e.bstate & BUTTON4_PRESSED) return 2;
    if (e.bstate & BUTTON5_PRESSED) return 3;
    if (e.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

// --- screen size -----------------------------------------------------------------------------
static inline void gk_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

// --- cells -----------------------------------------------------------------------------------
/// Write one cell (a grapheme of up to `n` wide characters: a base and its combining marks)
/// at (y, x) with attributes and a colour pair. Returns ERR/OK like curses.
static inline int gk_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, int n, attr_t attrs, short pair) {
    cchar_t c;
    wchar_t buf[CCHARW_MAX + 1];
    int k = n < CCHARW_MAX ? n : CCHARW_MAX;
    for (int i = 0; i < k; i++) buf[i] = wch[i];
    buf[k] = L'\0';
    if (setcchar(&c, buf, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

// --- text width ------------------------------------------------------------------------------
/// wcwidth(3) under the current LC_CTYPE: 2 for CJK, 0 for combining marks, -1 for controls.
static inline int gk_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// --- locale ----------------------------------------------------------------------------------
static inline const char *gk_codeset(void) { return nl_langinfo(CODESET); }
static inline int gk_lc_all(void) { return LC_ALL; }
static inline int gk_lc_ctype(void) { return LC_CTYPE; }

#endif
