<#
.SYNOPSIS
  Build NIR-kontroll for Windows: PyInstaller bundle, frozen self-test, zip for IT, NSIS
  installer, and code signing when a certificate is given.

.DESCRIPTION
  Run from any folder, in a Python 3.11 environment with `pip install -e .[test,build]`:

    powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
    powershell -File build\windows\build.ps1 -CertFile C:\keys\nir.pfx   # + signing

  Output in dist\windows\ (the same layout as `./dev.sh windows` makes under Wine):
    NIR-kontroll\                             the one-folder bundle (both .exe files)
    NIR-kontroll-<version>-windows-x64.zip    the bundle for IT (portable use)
    NIR-kontroll-<version>-setup.exe          per-user installer (no admin rights)

  Signing uses signtool.exe from the Windows SDK with a .pfx file; the password comes from
  -CertPassword or the SIGNING_CERT_PASSWORD environment variable, never from this file.

  The spec, the NSIS script and the frozen checks this wrapper runs are proven on every CI
  run by build/windows/wine.sh (./dev.sh windows), which builds, tests, installs, upgrades
  and uninstalls the real Windows app under Wine. This PowerShell file itself runs only in
  the GitHub workflow (.github/workflows/windows.yml).
  Works in Windows PowerShell 5.1 and PowerShell 7 (saved as UTF-8 with BOM so 5.1 reads
  the Norwegian messages right).
#>
param(
    [string]$Python = "python",
    [string]$CertFile = $env:SIGNING_CERT_FILE,
    [string]$CertPassword = $env:SIGNING_CERT_PASSWORD,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $root

function Step([string]$text) { Write-Host "==> $text" -ForegroundColor Cyan }

function Invoke-Checked([string]$what, [scriptblock]$block) {
    & $block
    if ($LASTEXITCODE -ne 0) { throw "$what feilet (kode $LASTEXITCODE)" }
}

function Find-Tool([string]$name, [string[]]$candidates) {
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    foreach ($c in $candidates) {
        $hit = Get-ChildItem -Path $c -ErrorAction SilentlyContinue | Sort-Object FullName -Descending | Select-Object -First 1
        if ($hit) { return $hit.FullName }
    }
    return $null
}

function Sign-Files([string[]]$files) {
    if (-not $CertFile) { return }
    $signtool = Find-Tool "signtool.exe" @("${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe")
    if (-not $signtool) { throw "signtool.exe ikke funnet (Windows SDK)" }
    Invoke-Checked "signering" {
        & $signtool sign /f $CertFile /p $CertPassword /fd SHA256 /tr $TimestampUrl /td SHA256 /d "NIR-kontroll" @files
    }
}

$version = (& $Python build\versioninfo.py).Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "fant ikke versjonen (nir_desktop.__version__)" }
$fileVersion = (& $Python build\versioninfo.py --numeric).Trim()
$dist = Join-Path $root "dist\windows"
$bundle = Join-Path $dist "NIR-kontroll"
$demo = Join-Path $root "resources\demo\nir-demo-2021.xlsx"

# openpyxl pulls numpy into the bundle when it can import it (+40 MB).
# (Asked without stderr output: redirected stderr of a native command is an error in
# Windows PowerShell 5.1 with ErrorActionPreference=Stop.)
& $Python -c "import importlib.util, sys; sys.exit(3 if importlib.util.find_spec('numpy') else 0)"
if ($LASTEXITCODE -eq 3) { throw "numpy er installert; bygg fra et miljø uten numpy" }

Step "Oversettelser og demoeksport"
$lrelease = Find-Tool "pyside6-lrelease.exe" @()
foreach ($ts in @(Get-ChildItem resources\translations\*.ts -ErrorAction SilentlyContinue)) {
    if (-not $lrelease) { throw "pyside6-lrelease ikke funnet; kan ikke lage .qm-filene" }
    $qm = [IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Checked "lrelease" { & $lrelease -silent $ts.FullName -qm $qm }
}
Invoke-Checked "tekstkatalogen (.po -> .mo)" { & $Python build\translations.py compile }
if (-not (Test-Path $demo)) {
    Invoke-Checked "demoeksport" { & $Python -m nir_desktop.core.synthetic --demo $demo }
}

Step "PyInstaller ($version)"
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN --workpath .pyi-work\windows\pyinstaller --distpath $dist installer.spec
}
Invoke-Checked "kontroll av bunten" { & $Python build\check_bundle.py $bundle }

# The frozen programs run with their own data folder, so the build never reads or writes the
# builder's settings.
$scratch = Join-Path ([IO.Path]::GetTempPath()) ("nir-build-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $scratch | Out-Null
$env:NIR_KONTROLL_HOME = Join-Path $scratch "home"
try {
    Step "Selvtest av vinduet (offscreen)"
    $env:QT_QPA_PLATFORM = "offscreen"
    # A windowed (GUI-subsystem) exe does not block the shell: wait for it explicitly.
    $proc = Start-Process -FilePath (Join-Path $bundle "NIR-kontroll.exe") -ArgumentList "--self-test" `
        -WorkingDirectory $scratch -Wait -PassThru
    if ($proc.ExitCode -ne 0) { throw "selvtesten av det frosne vinduet feilet (kode $($proc.ExitCode))" }
    Remove-Item Env:QT_QPA_PLATFORM

    Step "Kommandolinjen: check på demoeksporten"
    $report = Join-Path $scratch "check.json"
    & (Join-Path $bundle "nir-desktop.exe") check $demo --format json --output $report
    # 0 = no findings, 1 = findings (the demo is built to have them); anything else failed.
    if ($LASTEXITCODE -gt 1) { throw "nir-desktop check feilet (kode $LASTEXITCODE)" }
    $findings = (Get-Content $report -Raw -Encoding UTF8 | ConvertFrom-Json).findings
    if (-not $findings) { throw "check fant ingen funn i demoeksporten" }
    Write-Host "check: $($findings.Count) funn i demoeksporten"

    Step "Portabel modus: portable.flag ved siden av programmet"
    # IT's portable mode must keep everything in data\ beside the executable.
    $flag = Join-Path $bundle "portable.flag"
    $data = Join-Path $bundle "data"
    New-Item -ItemType File -Path $flag -Force | Out-Null
    Remove-Item Env:NIR_KONTROLL_HOME
    try {
        & (Join-Path $bundle "nir-desktop.exe") check $demo --output (Join-Path $scratch "portable.txt")
        if ($LASTEXITCODE -gt 1) { throw "nir-desktop check i portabel modus feilet (kode $LASTEXITCODE)" }
        if (-not (Test-Path (Join-Path $data "logs"))) { throw "portabel modus skrev ikke i data\ ved siden av programmet" }
    }
    finally {
        Remove-Item -Force $flag -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue
    }
}
finally {
    Remove-Item Env:NIR_KONTROLL_HOME -ErrorAction SilentlyContinue
    Remove-Item Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
}

# Sign the executables before they are zipped and packed into the installer.
Sign-Files @((Join-Path $bundle "NIR-kontroll.exe"), (Join-Path $bundle "nir-desktop.exe"))

Step "Zip for IT"
$zip = Join-Path $dist "NIR-kontroll-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path $bundle -DestinationPath $zip -CompressionLevel Optimal

if (-not $SkipInstaller) {
    Step "NSIS-installasjonsprogram"
    $makensis = Find-Tool "makensis.exe" @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")
    if (-not $makensis) { throw "NSIS (makensis.exe) ikke funnet: choco install nsis" }
    $setup = Join-Path $dist "NIR-kontroll-$version-setup.exe"
    $icon = Join-Path $root "resources\icons\app.ico"
    Invoke-Checked "NSIS" { & $makensis -V2 -INPUTCHARSET UTF8 "-DAPP_VERSION=$version" "-DAPP_FILE_VERSION=$fileVersion" "-DBUNDLE_DIR=$bundle" "-DOUT_FILE=$setup" "-DICON=$icon" build\windows\NIR-kontroll.nsi }
    # The uninstaller inside stays unsigned: signing it needs NSIS's !uninstfinalize.
    Sign-Files @($setup)
    Write-Host "Installasjonsprogram: $setup"

    Step "Stille installasjon, installert selvtest, stille avinstallering"
    $proc = Start-Process -FilePath $setup -ArgumentList "/S" -Wait -PassThru
    if ($proc.ExitCode -ne 0) { throw "stille installasjon feilet (kode $($proc.ExitCode))" }
    $inst = Join-Path $env:LOCALAPPDATA "Programs\NIR-kontroll"
    if (-not (Test-Path (Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs\NIR-kontroll.lnk"))) { throw "snarveien i Start-menyen mangler" }
    $env:QT_QPA_PLATFORM = "offscreen"
    $proc = Start-Process -FilePath (Join-Path $inst "NIR-kontroll.exe") -ArgumentList "--self-test" -Wait -PassThru
    Remove-Item Env:QT_QPA_PLATFORM
    if ($proc.ExitCode -ne 0) { throw "den installerte selvtesten feilet (kode $($proc.ExitCode))" }
    $proc = Start-Process -FilePath (Join-Path $inst "Uninstall.exe") -ArgumentList "/S" -Wait -PassThru
    if ($proc.ExitCode -ne 0) { throw "stille avinstallering feilet (kode $($proc.ExitCode))" }
    # The NSIS uninstaller finishes from a copy in %TEMP%: wait for the folder to go.
    for ($i = 0; $i -lt 60 -and (Test-Path $inst); $i++) { Start-Sleep -Seconds 1 }
    if (Test-Path $inst) { throw "avinstalleringen lot $inst stå igjen" }
}

$size = (Get-ChildItem $bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("Bunten: {0:N1} MiB; zip: {1}" -f $size, $zip)
