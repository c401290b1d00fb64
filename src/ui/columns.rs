//! How a table's text columns share the width they have: each gets its minimum, then
//! each in turn grows to the width it wants, then to its widest cell, in the order that
//! says which matters most; what is still left goes to one of them, so that fixed
//! columns keep to the right.

/// A column of text: never narrower than `min`, no wider than its widest cell
/// (`natural`) unless there is room to spare. A fixed column has both equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Col {
    pub min: u16,
    /// What it takes before the columns after it grow at all.
    pub want: u16,
    pub natural: u16,
}

impl Col {
    pub fn fixed(width: u16) -> Col {
        Col {
            min: width,
            want: width,
            natural: width,
        }
    }

    /// Grows first only up to `want`, so that the columns after it get some room
    /// before it takes the rest of its cells.
    pub fn wanting(self, want: u16) -> Col {
        Col {
            want: want.clamp(self.min, self.natural),
            ..self
        }
    }

    /// A text column, at least `min`, as wide as the widest of `cells`.
    pub fn text<'a>(min: u16, cells: impl IntoIterator<Item = &'a str>) -> Col {
        let natural = cells
            .into_iter()
            .map(crate::text::width)
            .max()
            .unwrap_or(0)
            .min(usize::from(u16::MAX)) as u16;
        Col {
            min,
            want: natural.max(min),
            natural: natural.max(min),
        }
    }
}

/// The widths of `cols` in `total` columns with `gap` between each two. `order` lists
/// the text columns by importance: the first grows to its widest cell before the
/// second grows at all, and keeps what is left at the end.
pub fn share(total: u16, gap: u16, cols: &[Col], order: &[usize]) -> Vec<u16> {
    share_rest(total, gap, cols, order, order.first().copied())
}

/// As `share`, but what is left once every column is as wide as its cells goes to
/// `rest`.
pub fn share_rest(
    total: u16,
    gap: u16,
    cols: &[Col],
    order: &[usize],
    rest: Option<usize>,
) -> Vec<u16> {
    let mut widths: Vec<u16> = cols.iter().map(|c| c.min).collect();
    let used = |w: &[u16]| {
        w.iter().map(|w| u32::from(*w)).sum::<u32>()
            + u32::from(gap) * (w.len().saturating_sub(1) as u32)
    };
    let mut left = u32::from(total).saturating_sub(used(&widths));
    for target in [|c: &Col| c.want, |c: &Col| c.natural] {
        for &c in order {
            let grow = u32::from(target(&cols[c]).saturating_sub(widths[c])).min(left);
            widths[c] += grow as u16;
            left -= grow;
        }
    }
    if let Some(r) = rest {
        widths[r] += left.min(u32::from(u16::MAX - widths[r])) as u16;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_column_grows_to_its_cells_before_the_next_one_and_keeps_the_rest() {
        let cols = [
            Col::fixed(2),
            Col::text(10, ["a name of thirty characters..."]),
            Col::text(8, ["a group of twenty..."]),
        ];
        // Narrow: the name takes what it can, the group keeps its minimum.
        assert_eq!(share(40, 1, &cols, &[1, 2]), vec![2, 28, 8]);
        // Room for both: each as wide as its widest cell, the rest to the name.
        assert_eq!(share(60, 1, &cols, &[1, 2]), vec![2, 36, 20]);
        // Too narrow for the minimums: the minimums, cut later by the table.
        assert_eq!(share(10, 1, &cols, &[1, 2]), vec![2, 10, 8]);
        // A name that wants 16 first leaves the group some room.
        let cols = [cols[0], cols[1].wanting(16), cols[2]];
        assert_eq!(share(40, 1, &cols, &[1, 2]), vec![2, 16, 20]);
        assert_eq!(share(34, 1, &cols, &[1, 2]), vec![2, 16, 14]);
    }

    #[test]
    fn widths_never_exceed_the_total_when_the_minimums_fit() {
        for total in 23..200u16 {
            let cols = [
                Col::fixed(13),
                Col::text(5, ["x".repeat(70).as_str()]),
                Col::fixed(3),
            ];
            let w = share(total, 1, &cols, &[1]);
            assert_eq!(w.iter().sum::<u16>() + 2, total, "{total}: {w:?}");
        }
    }
}
