// Environment.FailFast: no finally blocks, no catch, stderr message and abort exit code
try
{
    try
    {
        Console.WriteLine("before failfast");
        Console.Out.Flush();
        Environment.FailFast("fatal condition");
    }
    catch (Exception) { Console.WriteLine("WRONG catch"); }
    finally { Console.WriteLine("WRONG finally"); }
}
finally { Console.WriteLine("WRONG outer finally"); }
