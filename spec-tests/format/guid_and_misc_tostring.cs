// ToString of a fixed Guid, Version, Uri, bool, char, enums and nullable values.
using System;

class Program
{
    static void Main()
    {
        var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(g + " | " + g.ToString("N") + " | " + g.ToString("B") + " | " + g.ToString("P").ToUpperInvariant());
        Console.WriteLine(g.ToString("X"));
        Console.WriteLine(Guid.Empty + " " + (Guid.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}") == g));
        Console.WriteLine(BitConverter.ToString(g.ToByteArray()));
        Console.WriteLine(new Version(1, 2, 3) + " " + new Version("4.5.6.7").Revision + " " + (new Version(1, 10) > new Version(1, 9)));
        Console.WriteLine(true.ToString() + " " + bool.FalseString + " " + 'q'.ToString() + " " + ConsoleColor.DarkCyan + " " + (DayOfWeek)10);
        int? some = 5, none = null;
        Console.WriteLine($"[{some}] [{none}] [{some?.ToString("D3")}] [{none ?? -1}]");
        var u = new Uri("https://example.com:8080/a/b/../c?q=1#frag");
        Console.WriteLine(u.AbsoluteUri + " | " + u.Host + " | " + u.Port + " | " + u.AbsolutePath + " | " + u.Query);
        Console.WriteLine(((object)(1, "two")).ToString() + " " + new KeyValuePair<string, int>("k", 1) + " " + Tuple.Create(1, 2));
        Console.WriteLine(new int[0].ToString() + " " + new List<int>().ToString() + " " + typeof(string).ToString());
    }
}
