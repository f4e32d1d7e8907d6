// An unhandled custom exception type (no namespace) with an inner exception.
using System;

class ConfigError : Exception
{
    public ConfigError(string message, Exception inner) : base(message, inner) { }
}

class Program
{
    static int Parse(string s)
    {
        try
        {
            return int.Parse(s);
        }
        catch (FormatException e)
        {
            throw new ConfigError($"invalid setting '{s}'", e);
        }
    }

    static int Main()
    {
        Console.WriteLine(Parse("12"));
        Console.WriteLine(Parse("twelve"));
        return 0;
    }
}
