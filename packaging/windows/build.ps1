# Build the Windows installer: dist\mirrordiff-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11+ (python.org installer or `winget install Python.Python.3.11`) and
# Inno Setup 6 (`winget install JRSoftware.InnoSetup`). Run from any folder.
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path (Join-Path $PSScriptRoot '..\..'))

if (-not (Test-Path .venv\Scripts\python.exe)) {
    py -3 -m venv .venv
}
.venv\Scripts\python -m pip install -q --upgrade pip
.venv\Scripts\python -m pip install -q -e '.[package]'

# the onedir bundle: dist\mirrordiff\{mirrordiff.exe, mirrordiff-export.exe, _internal\}
.venv\Scripts\pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\mirrordiff.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

# smoke test of the bundle before wrapping it: a mirrordiff/1 report with boilerplate
$report = 'build\smoke-report.json'
& dist\mirrordiff\mirrordiff-export.exe resources\samples\original-ap.txt resources\samples\copy-kproxy.txt --format json -o $report
if ($LASTEXITCODE -ne 1) { throw "mirrordiff-export exited $LASTEXITCODE (expected 1: differences)" }
$json = Get-Content $report -Raw -Encoding UTF8 | ConvertFrom-Json
if ($json.schema -ne 'mirrordiff/1') { throw "unexpected report schema $($json.schema)" }
if (-not ($json.changes | Where-Object { $_.category -eq 'boilerplate' })) { throw "no boilerplate change found" }

$iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe' }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
& $iscc /Qp packaging\windows\mirrordiff.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Get-ChildItem dist\mirrordiff-*-setup.exe | Select-Object Name, Length
