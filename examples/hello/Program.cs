// Built by scripts/build-examples.mjs (dotnet build -c Debug and -c Release); the outputs in bin/ are committed.
public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("Hello, World!");
        int count = 6 * 7;
        long big = 1L << 40;
        double ratio = 1.0 / 3;
        bool ok = count > 40;
        char letter = 'x';
        object boxed = count;
        Console.WriteLine(count);
        Console.WriteLine(big);
        Console.WriteLine(ratio);
        Console.WriteLine(ok);
        Console.WriteLine(letter);
        Console.WriteLine(boxed);
        Console.Write("no newline, ");
        Console.Write(count);
        Console.WriteLine();
        Console.WriteLine("count=" + count + ", letter=" + letter + ", ok=" + ok);
        Console.WriteLine($"interpolated: {count} {big} {ratio} {ok} {letter} {boxed}");
        Console.WriteLine($"args: {args.Length}");
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine($"  [{i}] {args[i]}");
        return args.Length;
    }
}
