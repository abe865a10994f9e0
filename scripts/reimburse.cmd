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
rem The parallel collector, as scripts/reimburse chooses it (a batch run wants throughput), unless
rem the options choose a collector; objects that outlive one young collection are kept old at once.
set "GC=-XX:+UseParallelGC -XX:MaxTenuringThreshold=1"
echo.%REIMBURSE_OPTS% %JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% | findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" >nul && set "GC="
rem Less inlining by the JIT, as scripts/reimburse: less compiling on few cores (a value in REIMBURSE_OPTS wins).
set "JIT=-XX:InlineSmallCode=500 -XX:MaxInlineSize=20 -XX:FreqInlineSize=100"
rem Full stack traces for exceptions thrown often: damaged files are told from bugs by them.
java -XX:-OmitStackTraceInFastThrow %GC% %JIT% %REIMBURSE_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
