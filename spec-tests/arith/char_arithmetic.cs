// char is an unsigned 16-bit integer type: arithmetic promotes to int.
using System;

class Program
{
    static void Main()
    {
        char c = 'a';
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine('z' - 'a');
        Console.WriteLine((int)char.MaxValue + " " + (int)char.MinValue);
        char max = char.MaxValue;
        max++;
        Console.WriteLine((int)max);
        for (char ch = 'A'; ch <= 'E'; ch++) Console.Write(ch);
        Console.WriteLine();
        Console.WriteLine('7' - '0');
        Console.WriteLine(('a' < 'b') + " " + ('Z' < 'a'));
        string s = "";
        foreach (char ch in "Hello") s += (char)(ch ^ 0x20);
        Console.WriteLine(s);
        Console.WriteLine((char)65 + (char)66);
        Console.WriteLine("" + (char)65 + (char)66);
        Console.WriteLine(char.ConvertFromUtf32(0x1F600).Length + " " + char.ConvertToUtf32("\U0001F600", 0).ToString("X"));
        ushort u = 'x';
        Console.WriteLine(u);
    }
}
