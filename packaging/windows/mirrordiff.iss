; Inno Setup 6.3+ script: the Windows installer around the PyInstaller onedir bundle.
;
; Build on Windows, from the repository (packaging/README.md has the full recipe):
;   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
; or by hand:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\mirrordiff.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\mirrordiff.iss
; Output: dist\mirrordiff-<version>-setup.exe
;
; - installs for the current user without administrator rights (the default), or for
;   all users when started elevated / "Install for all users" is chosen;
; - Start menu entry; optional desktop icon;
; - "Open with > mirrordiff" and a "Compare with mirrordiff" context-menu entry for
;   .txt/.html/.htm files, and a Send To entry that compares two selected files;
; - optional: mirrordiff-export on the PATH (the current user's, or the machine's);
; - an uninstaller (Settings > Apps) that removes all of the above.
;
; The version is not written here: the spec stamps compare/_version.py's __version__ into
; mirrordiff.exe's version resource, and this script reads it back from the built exe.

#define AppId "io.github.mirrordiff.Mirrordiff"
#define AppName "mirrordiff"
#define AppPublisher "mirrordiff developers"
#define AppURL "https://github.com/mirrordiff/mirrordiff"
#define Root AddBackslash(SourcePath) + "..\.."
#define BundleDir Root + "\dist\mirrordiff"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\mirrordiff.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\mirrordiff\mirrordiff.exe has no version: build the bundle with packaging\mirrordiff.spec first
#endif
#define VerbKey "mirrordiff.compare"
#define ProgId "mirrordiff.article"

[Setup]
; Inno keeps its uninstall entry under "<AppId>_is1"; the reverse-DNS id matches Linux/macOS
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\mirrordiff.ico
UninstallDisplayIcon={app}\mirrordiff.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "contextmenu"; Description: "Add ""Compare with mirrordiff"" to the menu of text and HTML files"; GroupDescription: "Integration:"
Name: "addtopath"; Description: "Add mirrordiff-export to the PATH (for scripts and the command prompt)"; GroupDescription: "Integration:"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\mirrordiff.exe"; AppUserModelID: "{#AppId}"; Comment: "See how a copy of an article differs from the original"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\mirrordiff.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon
; Send To passes every selected file to one process: select original and copy, Send to > mirrordiff
Name: "{usersendto}\{#AppName}"; Filename: "{app}\mirrordiff.exe"

[Registry]
; HKA = HKCU for a per-user install, HKLM for an all-users install
; "Open with": the application and the file types it supports
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe\DefaultIcon"; ValueType: string; ValueData: """{app}\mirrordiff.exe"",0"
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe\shell\open\command"; ValueType: string; ValueData: """{app}\mirrordiff.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\mirrordiff.exe\SupportedTypes"; ValueType: string; ValueName: ".htm"; ValueData: ""
; a ProgID offered (never forced) for .txt/.html/.htm in "Open with"
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Article (mirrordiff)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\mirrordiff.exe"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\mirrordiff.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.htm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; "Compare with mirrordiff" on the right-click menu of text and HTML files (opens the file
; as the original; the copy is then chosen or dropped in the window)
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}"; ValueType: string; ValueData: "Compare with mirrordiff"; Flags: uninsdeletekey; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\mirrordiff.exe"",0"; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}\command"; ValueType: string; ValueData: """{app}\mirrordiff.exe"" ""%1"""; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.html\shell\{#VerbKey}"; ValueType: string; ValueData: "Compare with mirrordiff"; Flags: uninsdeletekey; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.html\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\mirrordiff.exe"",0"; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.html\shell\{#VerbKey}\command"; ValueType: string; ValueData: """{app}\mirrordiff.exe"" ""%1"""; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.htm\shell\{#VerbKey}"; ValueType: string; ValueData: "Compare with mirrordiff"; Flags: uninsdeletekey; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.htm\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\mirrordiff.exe"",0"; Tasks: contextmenu
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.htm\shell\{#VerbKey}\command"; ValueType: string; ValueData: """{app}\mirrordiff.exe"" ""%1"""; Tasks: contextmenu
; Win+R "mirrordiff"
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\mirrordiff.exe"; ValueType: string; ValueData: "{app}\mirrordiff.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\mirrordiff-export.exe"; ValueType: string; ValueData: "{app}\mirrordiff-export.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\mirrordiff.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ PATH handling for the "addtopath" task: the user's PATH for a per-user install, the
  machine's for an all-users one; the uninstaller takes the entry out again. }

function PathRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function PathKey: String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathHas(const Paths, Dir: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

procedure AddToPath(const Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(PathRoot, PathKey, 'Path', Paths) then Paths := '';
  if PathHas(Paths, Dir) then Exit;
  if (Paths <> '') and (Paths[Length(Paths)] <> ';') then Paths := Paths + ';';
  RegWriteExpandStringValue(PathRoot, PathKey, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(const Dir: String);
var
  Paths: String;
  P: Integer;
begin
  if not RegQueryStringValue(PathRoot, PathKey, 'Path', Paths) then Exit;
  Paths := ';' + Paths + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if P = 0 then Exit;
  Delete(Paths, P, Length(Dir) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  RegWriteExpandStringValue(PathRoot, PathKey, 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
