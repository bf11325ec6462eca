"""The main window and its table: the window shell (menus, status bar, opening and
closing files), the sheet pages with their table model and cell editors, navigation and the
find bar, the reporting-year controls."""
