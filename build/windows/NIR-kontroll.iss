; Inno Setup 6 script for NIR-kontroll: a per-user install that needs no administrator rights.
;
; Built by build/windows/build.ps1 after PyInstaller, which passes the version:
;   iscc /DAppVersion=0.1.0 build\windows\NIR-kontroll.iss
; Output: dist\NIR-kontroll-<version>-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\NIR-kontroll, adds a Start-menu entry and an
; uninstaller (Innstillinger > Apper), all under the current user (HKCU).
; Settings, logs and review sessions are NOT in the install folder: they live in
; %APPDATA%\NIR-kontroll and %LOCALAPPDATA%\NIR-kontroll (see nir_desktop/core/paths.py),
; so upgrades and uninstalls never touch the user's work.
;
; Silent install for IT (no questions, no message boxes, no restart):
;   NIR-kontroll-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; optionally with /DIR="X:\Path" /LOG="%TEMP%\nir-kontroll-install.log" /TASKS="desktopicon"
; Silent uninstall:
;   "%LOCALAPPDATA%\Programs\NIR-kontroll\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Saved as UTF-8 with BOM: Inno Setup reads a file without one in the ANSI code page.
; NOTE: written and reviewed on Linux; compiled only by the Windows workflow
; (.github/workflows/windows.yml), which has not run in this repository yet.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.ps1 does this)
#endif
#ifndef AppFileVersion
  ; Four numbers for the file properties (python build\versioninfo.py --numeric)
  #define AppFileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\NIR-kontroll"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "NIR-kontroll"
#define AppExe "NIR-kontroll.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall. Generated once; NEVER change
; it, or a new version installs beside the old one instead of replacing it.
AppId={{9F98D297-6A2A-4067-A2DB-76AEBC3594C9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=NIR-kontroll
AppComments=Kontroller og rett NIR-eksporter før fristen
VersionInfoVersion={#AppFileVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installasjonsprogram
; Per user, no elevation: locked-down municipal laptops give caseworkers no admin rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; An upgrade closes a running NIR-kontroll first (its autosave keeps the work).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files completely, so no stale library of an older
; version is left behind in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kontroller og rett NIR-eksporter"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data on purpose: settings, sessions and logs belong to the
; user and stay. In portable mode (portable.flag beside the exe) they are in {app}\data,
; which the uninstaller also leaves, because it did not install it.
