// Environment.Exit from inside nested calls and a try block: finally blocks do not run, ProcessExit
// handlers do (in registration order), output written before exit is flushed, and the exit code
// is the one passed to Exit (not Environment.ExitCode set earlier)
AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("process exit 1, ExitCode=" + Environment.ExitCode);
AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("process exit 2");
Environment.ExitCode = 5;
Console.WriteLine("start");
try
{
    Level1();
}
finally
{
    Console.WriteLine("main finally (must not run)");
}
static void Level1()
{
    try { Level2(); }
    finally { Console.WriteLine("level1 finally (must not run)"); }
}
static void Level2()
{
    Console.Write("about to exit ");
    Console.WriteLine(Environment.ExitCode);
    Environment.Exit(23);
}
