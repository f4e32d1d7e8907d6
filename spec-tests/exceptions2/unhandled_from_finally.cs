// an exception thrown from a finally block on the normal path, with no handler: reported as
// unhandled, outer finally blocks still run, exit code 134
static void Work()
{
    try { Console.WriteLine("work"); }
    finally { throw new ApplicationException("from finally"); }
}
try { Work(); }
finally { Console.WriteLine("main finally"); }
Console.WriteLine("never");
