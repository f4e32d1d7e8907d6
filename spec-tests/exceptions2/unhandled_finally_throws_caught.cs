// an exception with no handler is reported as unhandled (stderr), then its finally blocks run; one
// of them throws a second exception that an outer catch handles: the program continues and
// exits normally (exit code 0) after the report
try
{
    try
    {
        Console.WriteLine("throwing A");
        throw new InvalidOperationException("A");
    }
    finally
    {
        Console.WriteLine("finally throws B");
        throw new FormatException("B");
    }
}
catch (FormatException e) { Console.WriteLine("caught " + e.Message); }
finally { Console.WriteLine("outer finally"); }
Console.WriteLine("after");
