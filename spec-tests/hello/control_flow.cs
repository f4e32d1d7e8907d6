// Basic control flow: if/else chains, while, do-while, for, foreach, break/continue, goto,
// switch statements with fall-through via goto case, and nested loops with labels.
using System;

class Program
{
    static string Grade(int score)
    {
        if (score >= 90) return "A";
        else if (score >= 80) return "B";
        else if (score >= 70) return "C";
        else return "F";
    }

    static string Switch(int n)
    {
        string r = "";
        switch (n)
        {
            case 0:
                r += "zero ";
                goto case 1;
            case 1:
                r += "one-or-less ";
                break;
            case 2:
            case 3:
                r += "two-or-three ";
                goto default;
            case 10:
                r += "ten ";
                break;
            default:
                r += "default";
                break;
        }
        return r.Trim();
    }

    static void Main()
    {
        foreach (var s in new[] { 95, 85, 75, 10 }) Console.Write(Grade(s));
        Console.WriteLine();
        int i = 0;
        while (i < 5) { i += 2; }
        Console.WriteLine("while: " + i);
        int j = 100;
        do { j++; } while (j < 5);
        Console.WriteLine("do-while runs once: " + j);
        int sum = 0;
        for (int k = 0, m = 10; k < m; k++, m--) sum += k * m;
        Console.WriteLine("for with two vars: " + sum);
        for (int k = 0; k < 10; k++)
        {
            if (k % 2 == 0) continue;
            if (k > 7) break;
            Console.Write(k + " ");
        }
        Console.WriteLine();
        for (int n = 0; n <= 4; n++) Console.WriteLine($"switch {n}: {Switch(n)}");
        Console.WriteLine("switch 10: " + Switch(10));
        int found = -1;
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
                if (r * c == 6) { found = r * 10 + c; goto done; }
        done:
        Console.WriteLine("goto out of nested loops: " + found);
        int count = 0;
    again:
        count++;
        if (count < 3) goto again;
        Console.WriteLine("backward goto: " + count);
        string text = "";
        foreach (char ch in "loop") text = ch + text;
        Console.WriteLine(text);
        bool flag = false;
        Console.WriteLine(flag ? "yes" : !flag ? "negated" : "no");
        int? maybe = null;
        Console.WriteLine(maybe ?? 7);
        long big = 0;
        for (long x = 1; x <= 1_000_000; x++) big += x;
        Console.WriteLine(big);
    }
}
