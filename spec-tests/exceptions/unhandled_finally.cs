// What runs when an exception goes unhandled: stdout written so far is flushed, and the
// exit code is 134. (Whether finally blocks run on the way out is recorded, not assumed.)
using System;

class Program
{
    static void Main()
    {
        AppDomain.CurrentDomain.UnhandledException += (sender, e) =>
        {
            Console.WriteLine("UnhandledException event: " + ((Exception)e.ExceptionObject).Message + " terminating=" + e.IsTerminating);
        };
        try
        {
            Console.WriteLine("in try");
            throw new NotSupportedException("nobody catches this");
        }
        finally
        {
            Console.WriteLine("in finally");
        }
    }
}
