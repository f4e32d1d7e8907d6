// an unhandled exception whose finally block throws a second exception: which one is reported,
// and which finally blocks run on the way out
try
{
    try
    {
        Console.WriteLine("throwing A");
        throw new InvalidOperationException("A");
    }
    finally
    {
        Console.WriteLine("inner finally throws B");
        throw new FormatException("B");
    }
}
finally
{
    Console.WriteLine("outer finally");
}
