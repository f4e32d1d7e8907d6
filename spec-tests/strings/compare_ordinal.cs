// Ordinal string comparison, equality, interning and reference identity.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string[] words = { "apple", "Banana", "banana", "Apple", "_x", "a", "", "Zebra", "éclair", "ab" };
        var ordinal = (string[])words.Clone();
        Array.Sort(ordinal, StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", ordinal));
        var ignoreCase = (string[])words.Clone();
        Array.Sort(ignoreCase, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(",", ignoreCase));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("a", "B")) + " " + Math.Sign(string.CompareOrdinal("abc", "ab")) + " " + string.CompareOrdinal("a", "a"));
        Console.WriteLine(Math.Sign(string.Compare("a", "B", StringComparison.OrdinalIgnoreCase)) + " " + string.Equals("HeLLo", "hello", StringComparison.OrdinalIgnoreCase));
        string a = "hello";
        string b = "hel" + "lo";
        string c = new StringBuilder("hel").Append("lo").ToString();
        Console.WriteLine($"{a == b} {a == c} {(object)a == (object)b} {(object)a == (object)c} {ReferenceEquals(a, string.Intern(c))} {a.Equals(c)}");
        Console.WriteLine(string.IsInterned(c) != null);
        string? n = null;
        Console.WriteLine($"{n == null} {string.Equals(n, null)} {string.Compare(n, "a", StringComparison.Ordinal) < 0} {"a".Equals(n)}");
        Console.WriteLine("abc".Equals((object)"abc") + " " + "abc".Equals(new object()));
        Console.WriteLine(StringComparer.Ordinal.Equals("x", "x") + " " + StringComparer.OrdinalIgnoreCase.Equals("Straße", "STRASSE"));
        Console.WriteLine("ab".AsSpan().SequenceCompareTo("abc") < 0);
        Console.WriteLine(Math.Sign(string.CompareOrdinal("\uFF21", "B")) + " " + Math.Sign(string.CompareOrdinal("\u00E9", "z")));
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Key", "KEY", "key", "other" };
        Console.WriteLine(set.Count + " " + set.Contains("kEy"));
    }
}
