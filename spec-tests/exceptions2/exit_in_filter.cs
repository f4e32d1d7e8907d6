// Environment.Exit called from an exception filter (first pass): no finally block runs
try
{
    try
    {
        try { throw new Exception("boom"); }
        finally { Console.WriteLine("WRONG inner finally"); }
    }
    catch (Exception e) when (Exit(e))
    {
        Console.WriteLine("WRONG catch");
    }
}
finally { Console.WriteLine("WRONG outer finally"); }
static bool Exit(Exception e)
{
    Console.WriteLine("filter sees " + e.Message + ", exiting 9");
    Environment.Exit(9);
    return true;
}
