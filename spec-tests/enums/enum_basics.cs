// Enums: underlying values, ToString of defined/undefined values, parsing, GetValues/GetNames.
using System;

enum Level { Low, Medium = 5, High, Critical = 100 }
enum Small : byte { A = 1, B = 255 }
enum Signed : long { Min = long.MinValue, Zero = 0, Max = long.MaxValue }
enum Dup { First = 1, Alias = 1, Second = 2 }

class Program
{
    static void Main()
    {
        Level l = Level.High;
        Console.WriteLine(l + " " + (int)l + " " + l.ToString("D") + " " + l.ToString("X") + " " + l.ToString("G"));
        Console.WriteLine((Level)5 + " " + (Level)42 + " " + (Level)(-1) + " " + default(Level));
        Console.WriteLine(string.Join(",", Enum.GetNames<Level>()) + " | " + string.Join(",", Enum.GetValues<Level>().Select(v => (int)v)));
        Console.WriteLine(Enum.IsDefined(Level.Critical) + " " + Enum.IsDefined((Level)7) + " " + Enum.IsDefined(typeof(Level), "Medium"));
        Console.WriteLine(Enum.Parse<Level>("Critical") + " " + Enum.Parse<Level>("medium", ignoreCase: true) + " " + Enum.Parse<Level>("6") + " " + Enum.Parse<Level>("77"));
        Console.WriteLine(Enum.TryParse<Level>("Nope", out var parsed) + " " + parsed + " " + Enum.TryParse("High", out Level h2) + " " + h2);
        Console.WriteLine(Small.B + " " + (byte)Small.B + " " + Small.B.ToString("X") + " " + Enum.GetUnderlyingType(typeof(Small)).Name + " " + sizeof(Small));
        Console.WriteLine(Signed.Min + " " + (long)Signed.Min + " " + Signed.Max.ToString("D") + " " + Signed.Min.ToString("X"));
        Console.WriteLine(Dup.Second + " " + (Dup)2 + " " + Enum.GetNames<Dup>().Length);
        Console.WriteLine((Level.Low < Level.High) + " " + Level.High.CompareTo(Level.Critical) + " " + (Level.Medium + 1) + " " + (Level.Critical - Level.High));
        Level inc = Level.Low;
        inc++;
        Console.WriteLine(inc + " " + (int)inc);
        switch (l)
        {
            case Level.Low: Console.WriteLine("low"); break;
            case Level.High: Console.WriteLine("switch matched High"); break;
            default: Console.WriteLine("other"); break;
        }
        Console.WriteLine(Level.Medium.Equals(Level.Medium) + " " + Level.Medium.Equals(5) + " " + Level.Medium.GetHashCode() + " " + Level.Medium.HasFlag(Level.Low));
        Console.WriteLine(Enum.GetName(Level.Critical) + " " + (Enum.GetName((Level)3) ?? "null") + " " + typeof(Level).IsEnum);
    }
}
