// Default (culture-sensitive) string ordering under the invariant culture, compared with ordinal.
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        Console.WriteLine("culture: [" + CultureInfo.CurrentCulture.Name + "]");
        Console.WriteLine(Math.Sign(string.Compare("a", "B")) + " " + Math.Sign(string.CompareOrdinal("a", "B")));
        Console.WriteLine(Math.Sign(string.Compare("apple", "Apple")) + " " + Math.Sign("apple".CompareTo("Apple")));
        Console.WriteLine(Math.Sign(string.Compare("a", "A", ignoreCase: true)) + " " + Math.Sign(string.Compare("abc", "abd")));
        var list = new List<string> { "delta", "Alpha", "charlie", "Bravo", "alpha", "echo", "Charlie" };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        list.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", list));
        var sorted = new[] { "b", "A", "a", "B", "c", "C" }.OrderBy(s => s).ToArray();
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine("Hello".StartsWith("hello", StringComparison.CurrentCultureIgnoreCase) + " " + "Hello".StartsWith("he"));
        Console.WriteLine("Hello World".IndexOf("World") + " " + "Hello World".IndexOf("world", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine("ABC".ToLower(CultureInfo.InvariantCulture) + " " + "abc".ToUpper(CultureInfo.InvariantCulture));
        Console.WriteLine(string.Compare("file10", "file9") < 0);
    }
}
