@echo off
rem Runs reimburse from a clone on Windows: builds the self-contained jar with Maven when it is
rem missing, then runs it. JVM options: set REIMBURSE_OPTS=-Xmx512m (JAVA_TOOL_OPTIONS also works).
setlocal
set "ROOT=%~dp0.."
set "JAR="
for %%F in ("%ROOT%\target\reimburse-*-all.jar") do set "JAR=%%~fF"
if not defined JAR (
  echo reimburse: building the jar ^(first run^)... 1>&2
  call mvn -q -B -f "%ROOT%\pom.xml" -DskipTests package 1>&2
  if errorlevel 1 exit /b 3
  for %%F in ("%ROOT%\target\reimburse-*-all.jar") do set "JAR=%%~fF"
)
java %REIMBURSE_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
