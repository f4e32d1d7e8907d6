// Environment.Exit inside try: the finally block does not run; ProcessExit handlers do.
using System;

class Program
{
    static void Main()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine("ProcessExit handler");
        try
        {
            Console.WriteLine("in try");
            Environment.Exit(3);
        }
        finally
        {
            Console.WriteLine("finally (does it run?)");
        }
        Console.WriteLine("after");
    }
}
