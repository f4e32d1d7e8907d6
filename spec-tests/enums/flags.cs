// [Flags] enums: combined ToString, HasFlag, bitwise ops, parsing comma lists, undefined bits.
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

[Flags]
enum Style : ushort { Bold = 1, Italic = 2, Underline = 4, Strike = 8 }

enum NotFlags { A = 1, B = 2 }

class Program
{
    static void Main()
    {
        Perm p = Perm.Read | Perm.Execute;
        Console.WriteLine(p + " | " + (int)p + " | " + p.ToString("D") + " | " + p.ToString("F"));
        Console.WriteLine((Perm.Read | Perm.Write) + " | " + Perm.All + " | " + Perm.None + " | " + (Perm)0);
        Console.WriteLine((Perm)8 + " | " + (Perm)9 + " | " + (Perm)15);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None) + " " + ((p & Perm.Execute) != 0));
        p |= Perm.Write;
        Console.WriteLine(p);
        p &= ~Perm.Read;
        Console.WriteLine(p);
        p ^= Perm.All;
        Console.WriteLine(p);
        Console.WriteLine(Enum.Parse<Perm>("Read, Write") + " | " + Enum.Parse<Perm>("Execute,Read") + " | " + Enum.Parse<Perm>("6"));
        Style s = Style.Bold | Style.Underline | Style.Strike;
        Console.WriteLine(s + " | " + s.ToString("X") + " | " + (Style)16 + " | " + (Style)17);
        Console.WriteLine((NotFlags)3 + " | " + (NotFlags.A | NotFlags.B) + " | " + ((NotFlags)3).ToString("F"));
        foreach (Perm flag in Enum.GetValues<Perm>())
            if (flag != Perm.None && (Perm.ReadWrite & flag) == flag) Console.Write(flag + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.IsDefined(Perm.Read | Perm.Execute) + " " + Enum.IsDefined(Perm.ReadWrite));
    }
}
