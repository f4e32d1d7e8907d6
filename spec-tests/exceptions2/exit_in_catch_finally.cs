// Environment.Exit called from a catch handler and then from a finally running during unwinding:
// pending finally blocks do not run, the exit code is the one passed
static void Inner()
{
    try { throw new Exception("boom"); }
    finally
    {
        Console.WriteLine("inner finally during unwind, exiting 7");
        Environment.Exit(7);
    }
}
try
{
    try { Inner(); }
    catch (Exception e) { Console.WriteLine("WRONG catch " + e.Message); }
    finally { Console.WriteLine("WRONG finally"); }
}
catch (Exception) { Console.WriteLine("WRONG outer"); }
