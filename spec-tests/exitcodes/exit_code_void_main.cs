// Environment.ExitCode set in a void Main is reported even when the process ends normally,
// and ProcessExit handlers may still change it.
using System;

class Program
{
    static void Main()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Console.WriteLine("ProcessExit sees ExitCode=" + Environment.ExitCode);
            Environment.ExitCode = 12;
        };
        Environment.ExitCode = 4;
        Console.WriteLine("main done");
    }
}
