package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.ApiTokensRecord;
import io.phasewise.domain.account.ApiToken;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps API tokens to and from {@link ApiTokenJpaEntity}, and from rows that jOOQ reads. */
@Mapper(uses = AccountValues.class)
interface ApiTokenEntityMapper {
  ApiTokenEntityMapper INSTANCE = Mappers.getMapper(ApiTokenEntityMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "userId", source = "owner")
  @Mapping(target = "secretHash", source = "hash")
  ApiTokenJpaEntity toEntity(ApiToken token);

  /** {@code revoke(Instant)} is an operation of the token, which MapStruct would take for a fluent setter. */
  @Mapping(target = "owner", source = "userId")
  @Mapping(target = "hash", source = "secretHash")
  @Mapping(target = "revoke", ignore = true)
  ApiToken toToken(ApiTokenJpaEntity entity);

  @Mapping(target = "owner", source = "userId")
  @Mapping(target = "hash", source = "secretHash")
  @Mapping(target = "revoke", ignore = true)
  ApiToken toToken(ApiTokensRecord row);
}
