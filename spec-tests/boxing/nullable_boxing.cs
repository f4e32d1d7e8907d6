// Nullable<T> boxing: null becomes a null reference, a value boxes as T (never as Nullable<T>).
using System;

class Program
{
    static string Describe(object? o) => o == null ? "null reference" : $"{o.GetType().Name} {o}";

    static void Main()
    {
        int? some = 5;
        int? none = null;
        object? bSome = some;
        object? bNone = none;
        Console.WriteLine(Describe(bSome));
        Console.WriteLine(Describe(bNone));
        Console.WriteLine(bSome is int);
        Console.WriteLine(bSome is int?);
        int? back = (int?)bSome;
        int? backNull = (int?)bNone;
        Console.WriteLine(back + " " + backNull.HasValue);
        object plain = 9;
        int? fromPlain = (int?)plain;
        Console.WriteLine(fromPlain);
        try { int bad = (int)bNone!; Console.WriteLine(bad); }
        catch (NullReferenceException e) { Console.WriteLine("unbox null to int: " + e.GetType().Name); }
        Console.WriteLine(some.GetType().Name);
        try { Console.WriteLine(none.GetType()); }
        catch (NullReferenceException) { Console.WriteLine("none.GetType() throws NullReferenceException"); }
        Console.WriteLine(none.GetHashCode() + " " + none.ToString().Length + " " + some.Equals(5) + " " + none.Equals(null));
        Console.WriteLine(Nullable.GetUnderlyingType(typeof(int?))!.Name + " " + (Nullable.GetUnderlyingType(typeof(int)) == null));
        int? a = 3, b = null;
        Console.WriteLine($"{a + b == null} {a * 2} {(a > b)} {(a < b)} {(b == null)} {a ?? -1} {b ?? -1} {b.GetValueOrDefault(8)}");
        bool? t = true, n = null, f = false;
        Console.WriteLine($"{(t & n)?.ToString() ?? "null"} {(f & n)?.ToString() ?? "null"} {(t | n)?.ToString() ?? "null"} {(f | n)?.ToString() ?? "null"}");
        System.Collections.IList list = new System.Collections.ArrayList { some, none, 7 };
        Console.WriteLine(list.Count + " " + (list[1] == null) + " " + list[0]!.GetType().Name);
        DateTime? dt = null;
        object? boxedDt = dt;
        Console.WriteLine(boxedDt == null);
        IComparable? ic = some;
        Console.WriteLine(ic!.CompareTo(4));
    }
}
