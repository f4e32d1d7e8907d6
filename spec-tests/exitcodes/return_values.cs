// args: 300
// Exit codes are truncated to 8 bits by the OS: Main returning 300 exits with 44.
using System;

class Program
{
    static int Main(string[] args)
    {
        int code = int.Parse(args[0]);
        Console.WriteLine("returning " + code);
        return code;
    }
}
