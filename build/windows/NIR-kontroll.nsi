; NSIS script for NIR-kontroll's Windows installer: per user, no administrator rights.
;
; Input: the one-folder bundle PyInstaller makes from installer.spec. Built by
; build/windows/wine.sh (`./dev.sh windows`, makensis on Linux, proven there on every CI run
; by a silent install, upgrade and uninstall under Wine) and by build/windows/build.ps1 on
; Windows (the GitHub workflow), with the same defines:
;
;   makensis -INPUTCHARSET UTF8 -DAPP_VERSION=0.1.0 -DAPP_FILE_VERSION=0.1.0.0 ^
;     -DBUNDLE_DIR=dist\windows\NIR-kontroll -DOUT_FILE=dist\windows\NIR-kontroll-0.1.0-setup.exe ^
;     -DICON=resources\icons\app.ico build\windows\NIR-kontroll.nsi
;
; What it does:
; - installs into %LOCALAPPDATA%\Programs\NIR-kontroll (another folder with /D=, last on the
;   command line), adds a Start-menu shortcut and an entry under Innstillinger > Apper,
;   everything under the current user (HKCU);
; - an upgrade installs over the old version in the same folder and first removes the old
;   _internal folder, so no stale library is left behind;
; - the user's settings, review sessions and logs are not in the program folder (they are in
;   %APPDATA%\NIR-kontroll and %LOCALAPPDATA%\NIR-kontroll, see nir_desktop/core/paths.py):
;   neither an upgrade nor the uninstaller touches them.
;
; Silent install for IT (no questions, no admin):   NIR-kontroll-<versjon>-setup.exe /S
; Silent uninstall:   "%LOCALAPPDATA%\Programs\NIR-kontroll\Uninstall.exe" /S
; (also in the uninstall entry's QuietUninstallString).

!ifndef APP_VERSION
  !error "Gi versjonen: makensis -DAPP_VERSION=X.Y.Z (wine.sh og build.ps1 gjør det)"
!endif
!ifndef APP_FILE_VERSION
  !define APP_FILE_VERSION "${APP_VERSION}.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\windows\NIR-kontroll"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\..\dist\windows\NIR-kontroll-${APP_VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\app.ico"
!endif

!define APP_NAME "NIR-kontroll"
!define APP_EXE "NIR-kontroll.exe"
!define UNINSTALLER "Uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

Unicode true
Target amd64-unicode
; One solid LZMA stream: the bundle's ~80 MB pack to about 24 MB. (wine.sh builds its
; throwaway "older version" for the upgrade test with -DCOMPRESSOR=zlib: same content, faster.)
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
; Per user: locked-down municipal laptops give caseworkers no administrator rights.
RequestExecutionLevel user
ManifestDPIAware true

Name "${APP_NAME} ${APP_VERSION}"
OutFile "${OUT_FILE}"
Icon "${ICON}"
UninstallIcon "${ICON}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An upgrade goes where the earlier version is.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${APP_VERSION}"

VIProductVersion "${APP_FILE_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installasjonsprogram"
VIAddVersionKey /LANG=0 "CompanyName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP_NAME}"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  ; Replace the program completely on an upgrade (user data is elsewhere).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Kontroller og rett NIR-eksporter"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\nir-desktop.exe"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Not /r: a portable data\ folder IT put here is the user's and stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
