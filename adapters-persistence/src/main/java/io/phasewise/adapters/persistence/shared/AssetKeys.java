package io.phasewise.adapters.persistence.shared;

import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Adapter infrastructure: reads of many assets in one statement, with the asset ids bound as one
 * array whatever their number. Not an API for applications.
 */
public final class AssetKeys {
  private AssetKeys() {}

  /** {@code column = ANY(ids)}: one array parameter, so the statement is the same for any number of assets. */
  public static Condition anyOf(Field<Long> column, Collection<AssetId> assets) {
    return column.eq(DSL.any(keys(assets)));
  }

  /**
   * One statement for all {@code assets}: for each, the rows {@code perAsset} selects with the asset's
   * id in place (typically one backward step into a primary key that leads with the asset), as a
   * {@code LATERAL} subquery joined to {@code unnest} of the ids. Assets it finds nothing for are left out.
   */
  public static <R extends TableRecord<R>> Result<R> eachOf(DSLContext sql, Collection<AssetId> assets,
      Table<R> table, Function<Field<Long>, Select<R>> perAsset) {
    Table<?> requested = DSL.unnest(keys(assets)).as("requested", "id");
    Table<R> found = DSL.lateral(perAsset.apply(requested.field("id", Long.class)).asTable("found"));
    return sql.select(found.fields()).from(requested).crossJoin(found).fetchInto(table);
  }

  private static Long[] keys(Collection<AssetId> assets) {
    return assets.stream().map(AssetId::value).distinct().toArray(Long[]::new);
  }
}
